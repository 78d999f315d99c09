package org.dataregistry.license;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.dataregistry.translation.TranslatedField;

/** Edits one data license: its name and Markdown description in every language, and its URL. */
public class LicenseForm extends FormLayout {

    final TranslatedField name = TranslatedField.text("Name");
    final TranslatedField description = TranslatedField.markdown("Description");
    final TextField url = new TextField("URL");

    final Button save = new Button("Save");
    final Button delete = new Button("Delete");
    final Button close = new Button("Close");

    private final Binder<License> binder = new BeanValidationBinder<>(License.class);
    private License license;

    public LicenseForm() {
        addClassName("license-form");
        url.setPlaceholder("https://creativecommons.org/licenses/by/4.0/");
        url.setWidthFull();
        binder.forField(name)
                .withValidator(value -> !value.getEn().isBlank(), "Enter the license's name in English.")
                .bind(License::getName, License::setName);
        binder.forField(description).bind(License::getDescription, License::setDescription);
        binder.bind(url, "url");
        add(name, description, url, buttons());
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    private HorizontalLayout buttons() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickShortcut(Key.ENTER).setEventPropagationAllowed(false);
        close.addClickShortcut(Key.ESCAPE);

        save.addClickListener(event -> validateAndSave());
        delete.addClickListener(event -> fireEvent(new DeleteEvent(this, license)));
        close.addClickListener(event -> fireEvent(new CloseEvent(this)));
        return new HorizontalLayout(save, delete, close);
    }

    /** Shows {@code license} for editing; {@code editable} false shows it read-only. */
    public void edit(License license, boolean editable, boolean deletable) {
        this.license = license;
        binder.readBean(license);
        binder.setReadOnly(!editable);
        save.setVisible(editable);
        delete.setVisible(deletable && license.getId() != null);
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(license)) {
            fireEvent(new SaveEvent(this, license));
        }
    }

    public abstract static class LicenseFormEvent extends ComponentEvent<LicenseForm> {
        private final License license;

        protected LicenseFormEvent(LicenseForm source, License license) {
            super(source, false);
            this.license = license;
        }

        public License getLicense() {
            return license;
        }
    }

    public static class SaveEvent extends LicenseFormEvent {
        SaveEvent(LicenseForm source, License license) {
            super(source, license);
        }
    }

    public static class DeleteEvent extends LicenseFormEvent {
        DeleteEvent(LicenseForm source, License license) {
            super(source, license);
        }
    }

    public static class CloseEvent extends LicenseFormEvent {
        CloseEvent(LicenseForm source) {
            super(source, null);
        }
    }

    public Registration addSaveListener(com.vaadin.flow.component.ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addDeleteListener(com.vaadin.flow.component.ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addCloseListener(com.vaadin.flow.component.ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
