package org.dataregistry.audit;

import java.time.Clock;
import java.util.List;
import java.util.SequencedMap;
import org.dataregistry.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Writes the audit log entry for an administrator's action, as the signed-in user, in the caller's transaction
 * (the entry exists exactly when the change does).
 */
@Component
public class AuditTrail {

    private final AuditLog log;
    private final CurrentUser user;
    private final Clock clock;

    AuditTrail(AuditLog log, CurrentUser user, Clock clock) {
        this.log = log;
        this.user = user;
        this.clock = clock;
    }

    public void created(ObjectType type, Audited object) {
        record(type, object, AuditAction.CREATE, FieldChange.created(object.auditedFields()));
    }

    /** Records the fields that differ from {@code before}; an update that changed nothing is not recorded. */
    public void updated(ObjectType type, SequencedMap<String, String> before, Audited after) {
        List<FieldChange> changes = FieldChange.between(before, after.auditedFields());
        if (!changes.isEmpty()) {
            record(type, after, AuditAction.UPDATE, changes);
        }
    }

    public void deleted(ObjectType type, Audited object) {
        record(type, object, AuditAction.DELETE, List.of());
    }

    /**
     * Records an attempt to sign in as {@code username} (the account's id when there is one) from
     * {@code address}, which stands as who acted: nobody is signed in.
     */
    public void signIn(AuditAction action, String address, Long userId, String username) {
        log.append(new AuditEntry(
                null, clock.instant(), null, address, ObjectType.USER, userId, username, action, List.of()));
    }

    public void record(ObjectType type, Audited object, AuditAction action, List<FieldChange> changes) {
        log.append(new AuditEntry(
                null,
                clock.instant(),
                user.id().orElse(null),
                user.username(),
                type,
                object.getId(),
                object.auditName(),
                action,
                changes));
    }
}
