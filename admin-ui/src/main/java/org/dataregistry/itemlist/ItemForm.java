package org.dataregistry.itemlist;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.dataregistry.audit.Audited;
import org.dataregistry.form.FieldProblems;

/**
 * The form beside a list view's grid. It edits one item through its binder and tells the view, with typed events,
 * what the user asked for: save the item (only once it is valid), delete it, or close the form. Subclasses bind
 * their fields and add them followed by {@link #buttons()}.
 *
 * @param <T> the kind of item, e.g. a data license (every item an administrator edits is audited)
 */
public abstract class ItemForm<T extends Audited> extends FormLayout {

    /** Public so that the view tests, in each feature's package, can press them. */
    public final Button save = new Button("Save");

    public final Button delete = new Button("Delete");
    public final Button close = new Button("Close");

    protected final Binder<T> binder;
    private final FlexLayout buttons = new FlexLayout(save, delete, close);
    private T item;

    protected ItemForm(Binder<T> binder) {
        this.binder = binder;
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickShortcut(Key.ENTER).setEventPropagationAllowed(false);
        close.addClickShortcut(Key.ESCAPE);
        save.addClickListener(event -> validateAndSave());
        delete.addClickListener(event -> fireEvent(new DeleteEvent<>(this, item)));
        close.addClickListener(event -> fireEvent(new CloseEvent<>(this)));
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        // The form scrolls inside its panel, its buttons staying in view at the bottom (styles.css).
        addClassName("item-form");
        buttons.addClassName("form-buttons");
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    /** The form's buttons: Save, Delete, Close, then {@code more} (e.g. account actions). */
    protected FlexLayout buttons(Button... more) {
        buttons.add(more);
        return buttons;
    }

    /**
     * Shows {@code item} for editing; {@code editable} false shows it read-only, {@code deletable} offers Delete for
     * an item that exists.
     */
    public void edit(T item, boolean editable, boolean deletable) {
        this.item = item;
        binder.readBean(item);
        binder.setReadOnly(!editable);
        save.setVisible(editable);
        delete.setVisible(deletable && item.getId() != null);
    }

    /** The item being edited. */
    protected T item() {
        return item;
    }

    /** Checks the fields and shows each problem next to its field; returns whether there is none. */
    protected boolean validate() {
        return binder.validate().isOk();
    }

    private void validateAndSave() {
        if (validate() && binder.writeBeanIfValid(item)) {
            fireEvent(new SaveEvent<>(this, item));
        } else {
            FieldProblems.pointOut(this);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
        return addListener(SaveEvent.class, (ComponentEventListener) listener);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addDeleteListener(ComponentEventListener<DeleteEvent<T>> listener) {
        return addListener(DeleteEvent.class, (ComponentEventListener) listener);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addCloseListener(ComponentEventListener<CloseEvent<T>> listener) {
        return addListener(CloseEvent.class, (ComponentEventListener) listener);
    }

    /** Something the user asked the view to do with the form's item. */
    public abstract static class ItemFormEvent<T extends Audited> extends ComponentEvent<ItemForm<T>> {
        private final T item;

        protected ItemFormEvent(ItemForm<T> source, T item) {
            super(source, false);
            this.item = item;
        }

        public T getItem() {
            return item;
        }
    }

    /** Save the item, which the form found valid. */
    public static class SaveEvent<T extends Audited> extends ItemFormEvent<T> {
        SaveEvent(ItemForm<T> source, T item) {
            super(source, item);
        }
    }

    /** Delete the item, once the user confirms. */
    public static class DeleteEvent<T extends Audited> extends ItemFormEvent<T> {
        DeleteEvent(ItemForm<T> source, T item) {
            super(source, item);
        }
    }

    /** Close the form without saving. */
    public static class CloseEvent<T extends Audited> extends ItemFormEvent<T> {
        CloseEvent(ItemForm<T> source) {
            super(source, null);
        }
    }
}
