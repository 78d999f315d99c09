package org.dataregistry.audit;

import java.util.List;
import java.util.stream.Collectors;

/** How the audit log view writes field changes: cut short in the list, whole in an entry's details. */
final class ChangeText {

    /** Long enough for a name or a URL, short enough that a Markdown description doesn't fill the cell. */
    static final int SHORT_VALUE = 40;

    private ChangeText() {
    }

    /** The changes on one line with each value cut to {@link #SHORT_VALUE} characters, e.g. for a grid cell. */
    static String brief(List<FieldChange> changes) {
        return changes.stream()
                .map(change -> new FieldChange(change.field(), shorten(change.oldValue()), shorten(change.newValue())))
                .map(FieldChange::toString)
                .collect(Collectors.joining("; "));
    }

    /** The value on one line, cut after its last whole word that fits (or mid-word when a word is very long). */
    private static String shorten(String value) {
        String oneLine = value.replaceAll("\\s+", " ");
        if (oneLine.length() <= SHORT_VALUE) {
            return oneLine;
        }
        String cut = oneLine.substring(0, SHORT_VALUE - 1);
        int lastSpace = cut.lastIndexOf(' ');
        return (lastSpace > SHORT_VALUE / 2 ? cut.substring(0, lastSpace) : cut) + "…";
    }
}
