package org.dataregistry.itemlist;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import org.dataregistry.audit.Audited;
import org.dataregistry.feedback.Confirmation;
import org.dataregistry.feedback.Notices;

/**
 * A list view: an add button above a grid of items, beside the form that edits the selected (or a new) item. The
 * items come from an {@link ItemStore}, the feature's facade. The subclass adds the grid's columns and handles the
 * form's events with its facade, in {@code configureGrid()} and {@code configureForm()}, says in
 * {@link #showInForm} what the signed-in user may do with an item, then calls {@link #refresh()}.
 *
 * @param <T> the kind of item, e.g. a data license
 * @param <F> the form that edits one
 */
public abstract class ItemListView<T extends Audited, F extends ItemForm<T>> extends VerticalLayout
        implements BeforeEnterObserver {

    /** The query parameter that opens a listed item in the form, e.g. {@code licenses?id=2} (the audit log's links). */
    public static final String OPEN = "id";

    /** Public so that the view tests, in each feature's package, can reach them. */
    public final Grid<T> grid;

    public final F form;
    public final Button add;

    private final ItemStore<T> store;
    private List<Grid.Column<T>> keptWhileEditing = List.of();

    protected ItemListView(Class<T> type, ItemStore<T> store, F form, String addLabel) {
        this.grid = new Grid<>(type, false);
        this.store = store;
        this.form = form;
        this.add = new Button(addLabel);
        setSizeFull();
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(store.get(event.getValue().getId()));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> {
            grid.asSingleSelect().clear();
            edit(store.newItem());
        });
        form.addCloseListener(event -> closeEditor());

        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setFlexGrow(1, grid);
        content.setFlexShrink(0, form);
        content.setSizeFull();
        content.addClassName("fills-rest");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new HorizontalLayout(add), content);
    }

    /** Opens the item the address names with {@link #OPEN}, when it is listed. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(OPEN)
                .flatMap(id -> grid.getListDataView()
                        .getItems()
                        .filter(item -> id.equals(String.valueOf(item.getId())))
                        .findFirst())
                .ifPresent(grid::select);
    }

    /** Shows {@code item} in the form, as editable and deletable as the signed-in user may. */
    protected abstract void showInForm(T item);

    /**
     * While the form is open beside the grid, the grid shows only {@code columns} (enough to pick another item), so
     * that it fits beside the form without scrolling sideways at 1280 px.
     */
    @SafeVarargs
    protected final void keepWhileEditing(Grid.Column<T>... columns) {
        keptWhileEditing = List.of(columns);
    }

    private void edit(T item) {
        showInForm(item);
        form.setVisible(true);
        grid.getColumns().forEach(column -> column.setVisible(keptWhileEditing.contains(column)));
    }

    /** Lists the items again and closes the form. */
    protected void refresh() {
        grid.setItems(store.all());
        closeEditor();
    }

    private void closeEditor() {
        form.setVisible(false);
        grid.getColumns().forEach(column -> column.setVisible(true));
        grid.asSingleSelect().clear();
    }

    /** Says that an action succeeded and shows its outcome in the list. */
    protected void succeeded(String message) {
        Notices.success(message);
        refresh();
    }

    /**
     * Asks before an action with consequences (delete, deactivate); once confirmed, runs it and says how it went.
     *
     * @param confirmTheme the confirm button's theme, {@code "error primary"} for one that destroys or locks out
     */
    protected void confirm(
            String header, String text, String confirmLabel, String confirmTheme, Runnable action, String success) {
        Confirmation.ask(header, text, confirmLabel, confirmTheme, () -> {
            if (Notices.attempt(action)) {
                succeeded(success);
            }
        });
    }
}
