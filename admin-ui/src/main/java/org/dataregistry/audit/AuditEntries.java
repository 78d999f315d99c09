package org.dataregistry.audit;

import java.util.List;

import org.dataregistry.security.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/** What the admin UI can read of the audit log. Nothing here changes it: entries are only ever appended by actions. */
@Service
@Secured(Roles.ROLE_VIEWER)
public class AuditEntries {

    private final AuditLog log;

    AuditEntries(AuditLog log) {
        this.log = log;
    }

    /** One page of the entries {@code filter} matches, newest first: at most {@code limit}, after {@code offset}. */
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return log.find(filter, offset, limit);
    }

    /** How many entries {@code filter} matches. */
    public int count(AuditFilter filter) {
        return log.count(filter);
    }

    /** Everyone who appears in the log, by name, to filter by. */
    public List<String> usernames() {
        return log.usernames();
    }
}
