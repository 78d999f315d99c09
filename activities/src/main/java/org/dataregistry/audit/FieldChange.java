package org.dataregistry.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SequencedMap;

/** One field's change: its label, the old value and the new value (both as text; "" when empty). */
public record FieldChange(String field, String oldValue, String newValue) {

    /** The fields whose values differ between two snapshots, in the order of {@code after}. */
    public static List<FieldChange> between(SequencedMap<String, String> before, SequencedMap<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, newValue) -> {
            String oldValue = before.getOrDefault(field, "");
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new FieldChange(field, oldValue, newValue));
            }
        });
        before.forEach((field, oldValue) -> {
            if (!after.containsKey(field) && !oldValue.isEmpty()) {
                changes.add(new FieldChange(field, oldValue, ""));
            }
        });
        return changes;
    }

    /** Every non-empty field of a new object, as changes from nothing. */
    public static List<FieldChange> created(SequencedMap<String, String> fields) {
        return between(new java.util.LinkedHashMap<>(), fields);
    }

    @Override
    public String toString() {
        return field + ": \"" + oldValue + "\" → \"" + newValue + "\"";
    }
}
