package org.dataregistry.license;

import com.vaadin.flow.component.textfield.TextField;
import org.dataregistry.form.FormBinder;
import org.dataregistry.itemlist.ItemForm;
import org.dataregistry.translation.TranslatedField;

/** Edits one data license: its name and Markdown description in every language, and its URL. */
public class LicenseForm extends ItemForm<License> {

    final TranslatedField name = TranslatedField.text("Name");
    final TranslatedField description = TranslatedField.markdown("Description");
    final TextField url = new TextField("URL");

    public LicenseForm() {
        super(FormBinder.of(License.class));
        addClassName("license-form");
        url.setPlaceholder("https://creativecommons.org/licenses/by/4.0/");
        url.setWidthFull();
        binder.forField(name)
                .withValidator(value -> !value.getEn().isBlank(), "Enter the license's name in English.")
                .bind(License::getName, License::setName);
        binder.forField(description).bind(License::getDescription, License::setDescription);
        binder.bind(url, "url");
        add(name, description, url, buttons());
    }
}
