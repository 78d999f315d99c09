package org.dataregistry.publication;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Picks another aggregate (a license, a settings bundle, a job) by its id, showing and filtering by its name. An
 * id that is no longer among the choices still shows, by number.
 */
class ReferencePicker extends ComboBox<Long> {

    private Map<Long, String> names = Map.of();

    ReferencePicker(String label) {
        super(label);
        setClearButtonVisible(true);
        setItemLabelGenerator(id -> names.getOrDefault(id, "#" + id));
    }

    /** Offers {@code choices} in their order, each named by {@code name}. */
    <T> void setChoices(List<T> choices, Function<T, Long> id, Function<T, String> name) {
        Map<Long, String> named = new LinkedHashMap<>();
        choices.forEach(choice -> named.put(id.apply(choice), name.apply(choice)));
        names = named;
        setItems(new ArrayList<>(named.keySet()));
    }
}
