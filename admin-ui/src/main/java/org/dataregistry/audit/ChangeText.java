package org.dataregistry.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How the audit log view writes field changes: {@code field: old → new}, only the new value when there was none
 * before ({@code title: Mexico City}), {@code (none)} for a value removed; names linked to their objects. Values are
 * cut short in the list and whole in an entry's details.
 */
final class ChangeText {

    /** Long enough for a name or a URL, short enough that a Markdown description doesn't fill the cell. */
    static final int SHORT_VALUE = 40;

    static final String NONE = "(none)";

    private ChangeText() {}

    /** The changes on one line with each value cut to {@link #SHORT_VALUE} characters, e.g. for a grid cell. */
    static Component brief(List<ShownChange> changes, ObjectLinks links) {
        Span line = new Span();
        for (int i = 0; i < changes.size(); i++) {
            if (i > 0) {
                line.add(new Text("; "));
            }
            add(line, changes.get(i), links, ChangeText::shorten);
        }
        return line;
    }

    /** Every change with its values whole, line breaks kept. */
    static Component list(List<ShownChange> changes, ObjectLinks links) {
        if (changes.isEmpty()) {
            return new Span("No field values recorded.");
        }
        UnorderedList list = new UnorderedList();
        for (ShownChange change : changes) {
            ListItem item = new ListItem();
            add(item, change, links, UnaryOperator.identity());
            list.add(item);
        }
        list.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        return list;
    }

    private static void add(HasComponents line, ShownChange change, ObjectLinks links, UnaryOperator<String> cut) {
        line.add(new Text(change.field() + ": "));
        if (!change.oldValue().isEmpty()) {
            line.add(value(change.oldValue(), links, cut), new Text(" → "));
        }
        line.add(value(change.newValue(), links, cut));
    }

    private static Component value(ShownValue value, ObjectLinks links, UnaryOperator<String> cut) {
        if (value.isEmpty()) {
            return new Text(NONE);
        }
        return links.of(new ShownValue(cut.apply(value.text()), value.type(), value.id()));
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
