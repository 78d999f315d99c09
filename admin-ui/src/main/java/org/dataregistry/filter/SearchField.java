package org.dataregistry.filter;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** A list's search box: searches as the user pauses typing, and clears with one click. */
public class SearchField extends TextField {

    /** A search box saying what it searches, e.g. "Search title or country", that hands each search on. */
    public SearchField(String prompt, Consumer<String> onSearch) {
        setPlaceholder(prompt);
        setAriaLabel(prompt);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setWidth("24em");
        addValueChangeListener(event -> onSearch.accept(event.getValue()));
    }
}
