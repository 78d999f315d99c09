package org.dataregistry.audit;

/**
 * A value as the audit log shows it: its text (a label, a name, or the text recorded) and, when it names an object
 * that still exists, that object, to link to.
 *
 * @param type the kind of object it names, or null
 * @param id the object's id when it still exists, else null
 */
record ShownValue(String text, ObjectType type, Long id) {

    static final ShownValue EMPTY = text("");

    static ShownValue text(String text) {
        return new ShownValue(text, null, null);
    }

    static ShownValue object(ObjectType type, long id, ObjectName name) {
        return new ShownValue(name.name(), type, name.exists() ? id : null);
    }

    boolean isEmpty() {
        return text.isEmpty();
    }
}
