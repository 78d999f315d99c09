package org.dataregistry.form;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/** Drop-downs of a few fixed values (enums, yes/no), as the forms and list filters show them. */
public final class Choices {

    private Choices() {}

    /** A drop-down that always holds one of {@code values}. */
    public static <T> Select<T> required(String label, List<T> values, ItemLabelGenerator<T> labels) {
        Select<T> select = new Select<>() {
            /**
             * It can't be left empty, so there is nothing to mark; marked, Vaadin's select would also put
             * aria-required on its button, which assistive technology doesn't expect there (axe: aria-allowed-attr).
             */
            @Override
            public void setRequiredIndicatorVisible(boolean visible) {
                super.setRequiredIndicatorVisible(false);
            }
        };
        select.setLabel(label);
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : labels.apply(value));
        return select;
    }

    /** A drop-down whose empty choice, labelled {@code none} (e.g. "Not set", "All"), is a value too. */
    public static <T> Select<T> optional(String label, List<T> values, ItemLabelGenerator<T> labels, String none) {
        Select<T> select = required(label, values, labels);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(none);
        select.setItemLabelGenerator(value -> value == null ? none : labels.apply(value));
        return select;
    }

    /** A filter with two choices besides "All", e.g. "Empty" (true) and "Not empty" (false). */
    public static Select<Boolean> either(String label, String yes, String no) {
        return optional(label, List.of(true, false), value -> value ? yes : no, "All");
    }
}
