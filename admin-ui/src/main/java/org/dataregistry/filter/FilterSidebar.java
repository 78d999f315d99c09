package org.dataregistry.filter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A list's sidebar filters, written straight into a filter bean through a binder: each is "All" until a choice is
 * made, the choices combine, and "Clear filters" resets them. The choices also read and write query parameters named
 * after the filters and their choices ({@code ?public=yes&last-reviewed=more-than-a-year-ago}), so that a filtered
 * list can be bookmarked and Back returns to the previous filters. Subclasses declare their filter fields, named as
 * the bean's properties, and hand them to {@link #show}.
 *
 * @param <F> the filter bean, e.g. a publication filter
 */
public abstract class FilterSidebar<F> extends Composite<VerticalLayout> {

    /** Public so that the view tests, in each feature's package, can press it. */
    public final Button clear = new Button("Clear filters");

    protected final Binder<F> binder;
    private List<Select<?>> fields = List.of();
    /** While the filters are set from the address or cleared at once, they tell of one change, not one per field. */
    private boolean settingAll;

    protected FilterSidebar(Class<F> type) {
        this.binder = new Binder<>(type);
    }

    /**
     * Binds the subclass's remaining fields by name to {@code filter}, lists {@code fields} in order and calls
     * {@code onChange} after each change the user makes.
     */
    protected final void show(F filter, Runnable onChange, Select<?>... fields) {
        this.fields = List.of(fields);
        binder.bindInstanceFields(this);
        binder.setBean(filter);
        binder.addValueChangeListener(event -> {
            if (!settingAll) {
                onChange.run();
            }
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(event -> {
            setAll(() -> binder.getFields().forEach(HasValue::clear));
            onChange.run();
        });

        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.add(new H3("Filter"));
        for (Select<?> field : fields) {
            field.setWidthFull();
            layout.add(field);
        }
        layout.add(clear);
    }

    /** The chosen filters as query parameters, in the sidebar's order, e.g. {@code public=yes}; none for "All". */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Select<?> field : fields) {
            if (field.getValue() != null) {
                parameters.put(slug(field.getLabel()), choiceName(field, field.getValue()));
            }
        }
        return parameters;
    }

    /**
     * Sets every filter from query parameters such as {@link #parameters()} writes; a filter missing from them, or
     * given a choice it doesn't have, is "All". Tells of no change: the caller shows the list once.
     */
    public void read(Map<String, List<String>> parameters) {
        setAll(() ->
                fields.forEach(field -> choose(field, parameters.getOrDefault(slug(field.getLabel()), List.of()))));
    }

    private static <T> void choose(Select<T> field, List<String> names) {
        T choice = names.isEmpty()
                ? null
                : field.getListDataView()
                        .getItems()
                        .filter(item -> item != null && choiceName(field, item).equals(names.getFirst()))
                        .findFirst()
                        .orElse(null);
        if (!Objects.equals(field.getValue(), choice)) {
            field.setValue(choice);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> String choiceName(Select<T> field, Object choice) {
        return slug(field.getItemLabelGenerator().apply((T) choice));
    }

    /** A label as a query parameter's name or value: "Quality summary [en]" is {@code quality-summary-en}. */
    static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private void setAll(Runnable change) {
        settingAll = true;
        try {
            change.run();
        } finally {
            settingAll = false;
        }
    }

    /**
     * The list's content: {@code grid} taking the room left under the toolbar, these filters scrolling beside it
     * (at 720 px their bottom is below the window).
     */
    public Component beside(Component grid) {
        Scroller sidebar = new Scroller(this);
        sidebar.setWidth("12em");
        sidebar.setHeightFull();
        getContent().getStyle().set("padding-inline-end", "var(--lumo-space-s)");
        HorizontalLayout content = new HorizontalLayout(grid, sidebar);
        content.setFlexGrow(1, grid);
        content.setFlexShrink(0, sidebar);
        content.setSizeFull();
        content.addClassName("fills-rest");
        return content;
    }
}
