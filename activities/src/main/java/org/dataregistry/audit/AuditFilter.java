package org.dataregistry.audit;

import java.time.Instant;

/**
 * Which audit log entries to list; null criteria match everything.
 *
 * @param username entries by this user (exact, case-insensitive)
 * @param objectType entries about this kind of object
 * @param objectId entries about this object (with {@code objectType})
 * @param action entries of this action
 * @param from entries at or after this instant
 * @param until entries before this instant
 * @param text words that must each appear in who acted, the object's name or the changes (the fields' names and the
 *     values as recorded), folded like the publication search: case, accents and punctuation ignored
 */
public record AuditFilter(
        String username,
        ObjectType objectType,
        Long objectId,
        AuditAction action,
        Instant from,
        Instant until,
        String text) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null, null);

    public static AuditFilter about(ObjectType type, long id) {
        return new AuditFilter(null, type, id, null, null, null, null);
    }
}
