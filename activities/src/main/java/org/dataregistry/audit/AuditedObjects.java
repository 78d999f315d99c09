package org.dataregistry.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Names the objects that audit entries refer to by id (an entry's object, the license a change set...): by their
 * name now, or, for an object deleted since, by the last name the log itself recorded for it, e.g. "OGL (deleted)".
 */
@Repository
public class AuditedObjects {

    private final NamedParameterJdbcTemplate jdbc;

    public AuditedObjects(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of the objects of {@code type} with these ids, by id; every id has one. */
    public Map<Long, ObjectName> names(ObjectType type, Collection<Long> ids) {
        Map<Long, ObjectName> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        Map<String, Object> params = Map.of("ids", ids, "type", type.name());
        jdbc.query(currentNames(type), params, rs -> {
            names.put(rs.getLong("id"), new ObjectName(rs.getString("name"), true));
        });
        jdbc.query("""
                SELECT DISTINCT ON (object_id) object_id, object_repr FROM audit_log
                WHERE object_type = :type AND object_id IN (:ids)
                ORDER BY object_id, occurred_at DESC, id DESC
                """, params, rs -> {
            long id = rs.getLong("object_id");
            names.putIfAbsent(id, deleted(withoutId(rs.getString("object_repr"), id)));
        });
        ids.forEach(id -> names.putIfAbsent(id, deleted(type.label() + " " + id)));
        return names;
    }

    private static String currentNames(ObjectType type) {
        String names = switch (type) {
            case PUBLICATION -> "SELECT id, title AS name FROM publication";
            case LICENSE -> "SELECT id, name_en AS name FROM license";
            case SETTINGS_BUNDLE -> "SELECT id, name FROM settings_bundle";
            case USER -> "SELECT id, username AS name FROM users";
            case JOB -> "SELECT id, 'job ' || id AS name FROM job";
        };
        return names + " WHERE id IN (:ids)";
    }

    private static ObjectName deleted(String name) {
        return new ObjectName(name + " (deleted)", false);
    }

    /** "OGL" of the name "OGL (2)" that {@link Audited#auditName()} gave object 2. */
    private static String withoutId(String auditName, long id) {
        String suffix = " (" + id + ")";
        return auditName.endsWith(suffix) ? auditName.substring(0, auditName.length() - suffix.length()) : auditName;
    }
}
