package org.dataregistry.audit;

import java.util.List;

/**
 * An audit log entry as the view shows it: who acted and on which object, each linked while it exists, and the
 * changes with labels and names in place of codes and ids, a change from empty to empty left out.
 */
record AuditRow(AuditEntry entry, ShownValue user, ShownValue object, List<ShownChange> changes) {

    AuditRow {
        changes = List.copyOf(changes);
    }
}
