package org.dataregistry.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** One setting of a bundle being edited: its name, its value and a button that removes it. */
class SettingRow extends HorizontalLayout {

    final TextField key = new TextField();
    final TextField value = new TextField();
    final Button remove = new Button(VaadinIcon.TRASH.create());

    SettingRow(Setting setting) {
        key.setAriaLabel("Setting name");
        key.setPlaceholder("CF_CLEARANCE");
        key.setValue(setting.key());
        value.setAriaLabel("Value");
        value.setPlaceholder("Value");
        value.setValue(setting.value());
        remove.setAriaLabel("Remove the setting");
        remove.setTooltipText("Remove the setting");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);

        setWidthFull();
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(key, value, remove);
        expand(value);
    }

    Setting setting() {
        return new Setting(key.getValue(), value.getValue());
    }

    /** A row left with neither name nor value means nothing, so it is neither checked nor saved. */
    boolean isBlank() {
        return key.getValue().isBlank() && value.getValue().isEmpty();
    }

    void showNameProblem(String problem) {
        key.setInvalid(!problem.isEmpty());
        key.setErrorMessage(problem);
    }

    void setReadOnly(boolean readOnly) {
        key.setReadOnly(readOnly);
        value.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }
}
