package org.dataregistry.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.validator.BeanValidator;
import java.util.List;
import java.util.Set;

/**
 * A bundle's settings as rows of name and value that can be added and removed. Each name is checked next to where
 * it is typed: it has to be a Scrapy setting name and appear only once in the bundle.
 */
class SettingsEditor extends CustomField<List<Setting>> implements HasValidator<List<Setting>> {

    final Button add = new Button("Add setting", VaadinIcon.PLUS.create());

    private final VerticalLayout rows = new VerticalLayout();
    private final BeanValidator nameRule = new BeanValidator(Setting.class, "key");

    SettingsEditor() {
        super(List.of());
        setLabel("Settings");
        setHelperText("Scrapy settings passed to each crawl of the publications that use the bundle.");
        setWidthFull();
        rows.setPadding(false);
        rows.setSpacing(false);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(event -> addRow(new Setting("", "")).key.focus());
        add(rows, add);
    }

    /** The rows as shown, blank ones included. */
    List<SettingRow> rows() {
        return rows.getChildren().map(SettingRow.class::cast).toList();
    }

    @Override
    protected List<Setting> generateModelValue() {
        return rows().stream()
                .filter(row -> !row.isBlank())
                .map(SettingRow::setting)
                .toList();
    }

    @Override
    protected void setPresentationValue(List<Setting> settings) {
        rows.removeAll();
        settings.forEach(this::addRow);
    }

    private SettingRow addRow(Setting setting) {
        SettingRow row = new SettingRow(setting);
        row.key.addValueChangeListener(event -> updateValue());
        row.value.addValueChangeListener(event -> updateValue());
        row.remove.addClickListener(event -> {
            rows.remove(row);
            updateValue();
        });
        row.setReadOnly(isReadOnly());
        rows.add(row);
        return row;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        add.setVisible(!readOnly);
        rows().forEach(row -> row.setReadOnly(readOnly));
    }

    @Override
    public Validator<List<Setting>> getDefaultValidator() {
        return (settings, context) -> showNameProblems(settings, context)
                ? ValidationResult.ok()
                : ValidationResult.error("Correct the marked setting names.");
    }

    /** Marks each row whose name is not an allowed Scrapy setting name or is repeated; returns whether none is. */
    private boolean showNameProblems(List<Setting> settings, ValueContext context) {
        Set<String> repeated = SettingsBundle.repeatedKeys(settings);
        boolean valid = true;
        for (SettingRow row : rows()) {
            ValidationResult result = check(row, repeated, context);
            row.showNameProblem(result.isError() ? result.getErrorMessage() : "");
            valid &= !result.isError();
        }
        return valid;
    }

    private ValidationResult check(SettingRow row, Set<String> repeated, ValueContext context) {
        String name = row.setting().key();
        if (row.isBlank()) {
            return ValidationResult.ok();
        }
        if (repeated.contains(name)) {
            return ValidationResult.error(name + " is set more than once: keep one.");
        }
        ValidationResult named = nameRule.apply(name, context);
        return named.isError()
                ? named
                : Setting.refusal(name).map(ValidationResult::error).orElse(named);
    }
}
