package org.dataregistry.layout;

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

/**
 * A list's sidebar filters, written straight into a filter bean through a binder: each is "All" until a choice is
 * made, the choices combine, and "Clear filters" resets them. Subclasses declare their filter fields, named as the
 * bean's properties, and hand them to {@link #show}.
 *
 * @param <F> the filter bean, e.g. a publication filter
 */
public abstract class FilterSidebar<F> extends Composite<VerticalLayout> {

    /** Public so that the view tests, in each feature's package, can press it. */
    public final Button clear = new Button("Clear filters");

    protected final Binder<F> binder;

    protected FilterSidebar(Class<F> type) {
        this.binder = new Binder<>(type);
    }

    /**
     * Binds the subclass's remaining fields by name to {@code filter}, lists {@code fields} in order and calls
     * {@code onChange} after each change.
     */
    protected final void show(F filter, Runnable onChange, Select<?>... fields) {
        binder.bindInstanceFields(this);
        binder.setBean(filter);
        binder.addValueChangeListener(event -> onChange.run());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(event -> binder.getFields().forEach(HasValue::clear));

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

    /** The list's content: {@code grid} taking the room, these filters scrolling beside it. */
    public Component beside(Component grid) {
        Scroller sidebar = new Scroller(this);
        sidebar.setWidth("14em");
        sidebar.setHeightFull();
        HorizontalLayout content = new HorizontalLayout(grid, sidebar);
        content.setFlexGrow(1, grid);
        content.setFlexShrink(0, sidebar);
        content.setSizeFull();
        return content;
    }
}
