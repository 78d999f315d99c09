package org.dataregistry.settings;

import com.vaadin.flow.component.textfield.TextField;
import org.dataregistry.form.FormBinder;
import org.dataregistry.itemlist.ItemForm;

/** Edits one Scrapy settings bundle: its name and its settings. */
public class SettingsBundleForm extends ItemForm<SettingsBundle> {

    final TextField name = new TextField("Name");
    final SettingsEditor settings = new SettingsEditor();

    public SettingsBundleForm() {
        super(FormBinder.of(SettingsBundle.class));
        addClassName("settings-bundle-form");
        name.setPlaceholder("opentender.eu (Cloudflare)");
        name.setWidthFull();
        binder.bind(name, "name");
        binder.forField(settings).bind(SettingsBundle::sortedSettings, SettingsBundle::setSettings);
        add(name, settings, buttons());
    }
}
