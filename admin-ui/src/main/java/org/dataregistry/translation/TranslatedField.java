package org.dataregistry.translation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.dataregistry.markdown.MarkdownEditor;

/**
 * One translated text with a switch per language (English, Spanish, Russian): toggle buttons, not tabs, since
 * Vaadin's tabs break the ARIA tab list pattern inside a field (axe: aria-required-children). A language whose text
 * is missing while another language has one is marked, as a reminder to fill in every language. All inputs stay
 * attached; the switches only change which one is visible.
 */
public class TranslatedField extends CustomField<Translations> {

    private final Map<Language, HasValue<?, String>> inputs = new EnumMap<>(Language.class);
    private final Map<Language, Component> components = new EnumMap<>(Language.class);
    private final Map<Language, Button> switches = new EnumMap<>(Language.class);

    private TranslatedField(String label, Supplier<? extends Component> inputFactory) {
        super(new Translations());
        setLabel(label);
        setHelperText("Fill in every language; visitors see English where a translation is missing.");
        setWidthFull();
        HorizontalLayout bar = new HorizontalLayout();
        Div pages = new Div();
        pages.setWidthFull();
        for (Language language : Language.values()) {
            Component input = inputFactory.get();
            @SuppressWarnings("unchecked")
            HasValue<?, String> value = (HasValue<?, String>) input;
            // Every language's input is named, for screen readers and axe: "Description (Español)".
            ((HasAriaLabel) input).setAriaLabel(label + " (" + language.nativeName() + ")");
            if (input instanceof TextField text) {
                text.setWidthFull();
            }
            value.addValueChangeListener(event -> {
                markMissingTranslations();
                updateValue();
            });
            inputs.put(language, value);
            components.put(language, input);
            Button languageSwitch = new Button(language.nativeName(), event -> show(language));
            languageSwitch.addThemeVariants(ButtonVariant.LUMO_SMALL);
            languageSwitch.getElement().setAttribute("lang", language.code());
            switches.put(language, languageSwitch);
            bar.add(languageSwitch);
            pages.add(input);
        }
        bar.setSpacing(false);
        bar.getStyle().set("gap", "var(--lumo-space-xs)");
        add(bar, pages);
        show(Language.EN);
    }

    /** A one-line text, e.g. a country name. */
    public static TranslatedField text(String label) {
        return new TranslatedField(label, TextField::new);
    }

    /** A Markdown text with a live preview, e.g. a description. */
    public static TranslatedField markdown(String label) {
        return new TranslatedField(label, MarkdownEditor::new);
    }

    /** The input for one language (for tests and focus). */
    public HasValue<?, String> input(Language language) {
        return inputs.get(language);
    }

    /** The switch to one language's input, marked when its text is missing. */
    public Button languageSwitch(Language language) {
        return switches.get(language);
    }

    @Override
    protected Translations generateModelValue() {
        Translations value = new Translations();
        inputs.forEach((language, input) -> value.set(language, input.getValue()));
        return value;
    }

    @Override
    protected void setPresentationValue(Translations value) {
        Translations shown = value == null ? new Translations() : value;
        inputs.forEach((language, input) -> input.setValue(shown.get(language)));
        markMissingTranslations();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        inputs.values().forEach(input -> input.setReadOnly(readOnly));
    }

    private void show(Language language) {
        components.forEach((each, component) -> component.setVisible(each == language));
        switches.forEach((each, languageSwitch) -> {
            boolean shown = each == language;
            languageSwitch.getElement().setAttribute("aria-pressed", String.valueOf(shown));
            if (shown) {
                languageSwitch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                languageSwitch.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    private void markMissingTranslations() {
        boolean anyWritten =
                inputs.values().stream().anyMatch(input -> !input.getValue().isBlank());
        inputs.forEach((language, input) -> {
            boolean missing = anyWritten && input.getValue().isBlank();
            Button languageSwitch = switches.get(language);
            languageSwitch.setText(language.nativeName() + (missing ? " •" : ""));
            languageSwitch.setTooltipText(missing ? "Not translated yet" : null);
        });
    }
}
