package org.dataregistry.audit;

/** One field's change as the audit log shows it. */
record ShownChange(String field, ShownValue oldValue, ShownValue newValue) {}
