package org.dataregistry.audit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dataregistry.job.JobControl;
import org.dataregistry.publication.Publication;
import org.dataregistry.security.Roles;
import org.dataregistry.user.User;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * What the admin UI can read of the audit log. Nothing here changes it: entries are only ever appended by actions.
 * Entries keep codes and ids as recorded; this shows them as the forms do, with labels and the objects' names, when
 * the log is read, so old entries read like new ones.
 */
@Service
@Secured(Roles.ROLE_VIEWER)
public class AuditEntries {

    private final AuditLog log;
    private final AuditedObjects objects;

    AuditEntries(AuditLog log, AuditedObjects objects) {
        this.log = log;
        this.objects = objects;
    }

    /** One page of the entries {@code filter} matches, newest first: at most {@code limit}, after {@code offset}. */
    public List<AuditRow> find(AuditFilter filter, int offset, int limit) {
        List<AuditEntry> entries = log.find(filter, offset, limit);
        Names names = names(entries);
        return entries.stream()
                .map(entry -> new AuditRow(
                        entry,
                        entry.userId() == null
                                ? ShownValue.text(entry.username())
                                : new ShownValue(entry.username(), ObjectType.USER, entry.userId()),
                        entry.objectId() == null
                                ? ShownValue.text(entry.objectRepr())
                                : new ShownValue(
                                        entry.objectRepr(),
                                        entry.objectType(),
                                        names.of(entry.objectType(), entry.objectId())
                                                .id()),
                        changes(entry, names)))
                .toList();
    }

    /** How many entries {@code filter} matches. */
    public int count(AuditFilter filter) {
        return log.count(filter);
    }

    /** Everyone who appears in the log, by name, to filter by. */
    public List<String> usernames() {
        return log.usernames();
    }

    private static List<ShownChange> changes(AuditEntry entry, Names names) {
        Map<String, AuditedValue> values = valuesOf(entry.objectType());
        List<ShownChange> changes = new ArrayList<>();
        for (FieldChange change : entry.changes()) {
            AuditedValue value = values.get(change.field());
            ShownChange shown = new ShownChange(
                    change.field(), shown(change.oldValue(), value, names), shown(change.newValue(), value, names));
            if (!shown.oldValue().isEmpty() || !shown.newValue().isEmpty()) {
                changes.add(shown);
            }
        }
        return changes;
    }

    private static ShownValue shown(String recorded, AuditedValue value, Names names) {
        if (recorded.isEmpty()) {
            return ShownValue.EMPTY;
        }
        return switch (value) {
            case null -> ShownValue.text(recorded);
            case AuditedValue.Label label -> ShownValue.text(label.text().apply(recorded));
            case AuditedValue.Reference reference ->
                id(recorded) == null ? ShownValue.text(recorded) : names.of(reference.type(), id(recorded));
        };
    }

    /** The fields of each kind of object that record a code or an id, as the objects declare them. */
    private static Map<String, AuditedValue> valuesOf(ObjectType type) {
        return switch (type) {
            case PUBLICATION -> Publication.AUDITED_VALUES;
            case USER -> User.AUDITED_VALUES;
            case JOB -> JobControl.AUDITED_VALUES;
            case LICENSE, SETTINGS_BUNDLE -> Map.of();
        };
    }

    /** The names of every object the entries refer to, looked up once per kind of object. */
    private Names names(List<AuditEntry> entries) {
        Map<ObjectType, Set<Long>> ids = new EnumMap<>(ObjectType.class);
        for (AuditEntry entry : entries) {
            if (entry.objectId() != null) {
                ids.computeIfAbsent(entry.objectType(), type -> new HashSet<>()).add(entry.objectId());
            }
            Map<String, AuditedValue> values = valuesOf(entry.objectType());
            for (FieldChange change : entry.changes()) {
                if (values.get(change.field()) instanceof AuditedValue.Reference reference) {
                    for (String recorded : List.of(change.oldValue(), change.newValue())) {
                        Long id = id(recorded);
                        if (id != null) {
                            ids.computeIfAbsent(reference.type(), type -> new HashSet<>())
                                    .add(id);
                        }
                    }
                }
            }
        }
        Map<ObjectType, Map<Long, ObjectName>> names = new EnumMap<>(ObjectType.class);
        ids.forEach((type, those) -> names.put(type, objects.names(type, those)));
        return new Names(names);
    }

    private static Long id(String recorded) {
        return recorded.matches("\\d{1,18}") ? Long.valueOf(recorded) : null;
    }

    private record Names(Map<ObjectType, Map<Long, ObjectName>> byType) {

        ShownValue of(ObjectType type, long id) {
            return ShownValue.object(type, id, byType.get(type).get(id));
        }
    }
}
