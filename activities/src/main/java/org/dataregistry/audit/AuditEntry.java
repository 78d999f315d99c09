package org.dataregistry.audit;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One administrator action.
 *
 * @param id null until appended
 * @param userId the acting user, null if the account was removed since
 * @param username the acting user's name at the time
 * @param objectId the object's id, null when it has none (e.g. a failed create is never logged)
 * @param objectRepr how the object was named at the time, e.g. "Mexico City (12)"
 */
public record AuditEntry(
        Long id,
        Instant occurredAt,
        Long userId,
        String username,
        ObjectType objectType,
        Long objectId,
        String objectRepr,
        AuditAction action,
        List<FieldChange> changes) {

    public AuditEntry {
        changes = List.copyOf(changes);
    }

    /** The changes as one line, e.g. {@code title: "A" → "B"; frozen: "false" → "true"}. */
    public String changeSummary() {
        return changes.stream().map(FieldChange::toString).collect(Collectors.joining("; "));
    }
}
