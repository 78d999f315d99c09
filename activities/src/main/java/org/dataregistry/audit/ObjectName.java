package org.dataregistry.audit;

/**
 * How the audit log names an object it refers to.
 *
 * @param name the object's name now, or, once it is deleted, the last name the log recorded for it
 * @param exists whether the object still exists (and so can be linked to)
 */
public record ObjectName(String name, boolean exists) {}
