package org.dataregistry.publication;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;

/**
 * A publication's source ID: one of the Kingfisher Collect spiders that Scrapyd lists, or any name typed in (a
 * spider Scrapyd doesn't list yet, or the built-in collector's short name for the downloaded files). Its choices are
 * the spiders plus the current value, as in the original admin.
 */
final class SourceIdField extends ComboBox<String> {

    /** The choices, sorted; the field's items are this list. */
    private final List<String> choices = new ArrayList<>();

    SourceIdField(String label) {
        super(label);
        setItems(choices);
        setAllowCustomValue(true);
        addCustomValueSetListener(event ->
                setValue(event.getDetail().isBlank() ? null : event.getDetail().strip()));
        addValueChangeListener(event -> offer(event.getValue()));
    }

    /** Offers these spiders besides the current value. */
    void setSpiders(List<String> spiders) {
        choices.clear();
        choices.addAll(spiders);
        offer(getValue());
    }

    private void offer(String value) {
        if (value != null && !value.isBlank() && !choices.contains(value)) {
            choices.add(value);
        }
        choices.sort(null);
        getListDataView().refreshAll();
    }
}
