package org.dataregistry.settings;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;

/** Edits one Scrapy settings bundle: its name and its settings. */
public class SettingsBundleForm extends FormLayout {

    final TextField name = new TextField("Name");
    final SettingsEditor settings = new SettingsEditor();

    final Button save = new Button("Save");
    final Button delete = new Button("Delete");
    final Button close = new Button("Close");

    private final Binder<SettingsBundle> binder = new BeanValidationBinder<>(SettingsBundle.class);
    private SettingsBundle bundle;

    public SettingsBundleForm() {
        addClassName("settings-bundle-form");
        name.setPlaceholder("opentender.eu (Cloudflare)");
        name.setWidthFull();
        binder.bind(name, "name");
        binder.forField(settings).bind(SettingsBundle::sortedSettings, SettingsBundle::setSettings);
        add(name, settings, buttons());
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    private HorizontalLayout buttons() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickShortcut(Key.ENTER).setEventPropagationAllowed(false);
        close.addClickShortcut(Key.ESCAPE);

        save.addClickListener(event -> validateAndSave());
        delete.addClickListener(event -> fireEvent(new DeleteEvent(this, bundle)));
        close.addClickListener(event -> fireEvent(new CloseEvent(this)));
        return new HorizontalLayout(save, delete, close);
    }

    /** Shows {@code bundle} for editing; {@code editable} false shows it read-only. */
    public void edit(SettingsBundle bundle, boolean editable, boolean deletable) {
        this.bundle = bundle;
        binder.readBean(bundle);
        binder.setReadOnly(!editable);
        save.setVisible(editable);
        delete.setVisible(deletable && bundle.getId() != null);
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(bundle)) {
            fireEvent(new SaveEvent(this, bundle));
        }
    }

    public abstract static class SettingsBundleFormEvent extends ComponentEvent<SettingsBundleForm> {
        private final SettingsBundle bundle;

        protected SettingsBundleFormEvent(SettingsBundleForm source, SettingsBundle bundle) {
            super(source, false);
            this.bundle = bundle;
        }

        public SettingsBundle getBundle() {
            return bundle;
        }
    }

    public static class SaveEvent extends SettingsBundleFormEvent {
        SaveEvent(SettingsBundleForm source, SettingsBundle bundle) {
            super(source, bundle);
        }
    }

    public static class DeleteEvent extends SettingsBundleFormEvent {
        DeleteEvent(SettingsBundleForm source, SettingsBundle bundle) {
            super(source, bundle);
        }
    }

    public static class CloseEvent extends SettingsBundleFormEvent {
        CloseEvent(SettingsBundleForm source) {
            super(source, null);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
