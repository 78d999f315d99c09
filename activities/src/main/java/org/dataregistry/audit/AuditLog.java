package org.dataregistry.audit;

import static org.dataregistry.database.Rows.instant;
import static org.dataregistry.database.Rows.nullableLong;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dataregistry.database.PagedSearch;
import org.dataregistry.database.SqlConditions;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The append-only audit log: entries are added, listed and filtered, never changed. */
@Repository
public class AuditLog {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {};

    /**
     * What the text search reads: who acted, the object's name, and the changes' field names and values as recorded
     * (the JSON's values only, so that its keys match nothing); folded, like the publication search, by search_key.
     */
    private static final String SEARCH_TEXT = "search_key(username || E'\\n' || object_repr || E'\\n' "
            + "|| jsonb_path_query_array(changes, '$[*].*')::text)";

    private final NamedParameterJdbcTemplate jdbc;
    private final PagedSearch<AuditFilter> search;
    private final JsonMapper json = JsonMapper.builder().build();

    public AuditLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.search = new PagedSearch<>(jdbc, "FROM audit_log", AuditLog::where);
    }

    public void append(AuditEntry entry) {
        Map<String, Object> params = new HashMap<>();
        params.put("occurredAt", Timestamp.from(entry.occurredAt()));
        params.put("userId", entry.userId());
        params.put("username", entry.username());
        params.put("objectType", entry.objectType().name());
        params.put("objectId", entry.objectId());
        params.put("objectRepr", entry.objectRepr());
        params.put("action", entry.action().name());
        params.put("changes", json.writeValueAsString(entry.changes()));
        jdbc.update("""
                INSERT INTO audit_log (occurred_at, user_id, username, object_type, object_id, object_repr, action, changes)
                VALUES (:occurredAt, :userId, :username, :objectType, :objectId, :objectRepr, :action,
                        CAST(:changes AS jsonb))
                """, params);
    }

    /** How many entries match {@code filter}. */
    public int count(AuditFilter filter) {
        return search.count(filter);
    }

    /** One page of the matching entries, newest first. */
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return search.page("SELECT *", filter, "occurred_at DESC, id DESC", offset, limit, (rs, row) -> entry(rs));
    }

    /** Everyone who appears in the log, for the user filter. */
    public List<String> usernames() {
        return jdbc.queryForList("SELECT DISTINCT username FROM audit_log ORDER BY username", Map.of(), String.class);
    }

    private static SqlConditions where(AuditFilter filter) {
        String username = filter.username() == null || filter.username().isBlank()
                ? null
                : filter.username().strip();
        return new SqlConditions()
                .containsWords(SEARCH_TEXT, filter.text())
                .add("lower(username) = lower(:username)", "username", username)
                .add(
                        "object_type = :objectType",
                        "objectType",
                        filter.objectType() == null ? null : filter.objectType().name())
                .add("object_id = :objectId", "objectId", filter.objectId())
                .add(
                        "action = :action",
                        "action",
                        filter.action() == null ? null : filter.action().name())
                .add("occurred_at >= :from", "from", filter.from() == null ? null : Timestamp.from(filter.from()))
                .add("occurred_at < :until", "until", filter.until() == null ? null : Timestamp.from(filter.until()));
    }

    private AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                instant(rs, "occurred_at"),
                nullableLong(rs, "user_id"),
                rs.getString("username"),
                ObjectType.valueOf(rs.getString("object_type")),
                nullableLong(rs, "object_id"),
                rs.getString("object_repr"),
                AuditAction.valueOf(rs.getString("action")),
                json.readValue(rs.getString("changes"), CHANGES));
    }
}
