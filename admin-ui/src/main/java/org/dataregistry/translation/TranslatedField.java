package org.dataregistry.translation;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import org.dataregistry.markdown.MarkdownEditor;

/**
 * One translated text with a tab per language (English, Spanish, Russian). A tab whose text is missing while
 * another language has one is marked, as a reminder to fill in every language. All inputs stay attached; the
 * tabs only switch which one is visible.
 */
public class TranslatedField extends CustomField<Translations> {

    private final Map<Language, HasValue<?, String>> inputs = new EnumMap<>(Language.class);
    private final Map<Language, Component> components = new EnumMap<>(Language.class);
    private final Map<Language, Tab> tabs = new EnumMap<>(Language.class);
    private final Tabs tabBar = new Tabs();

    private TranslatedField(String label, Supplier<? extends Component> inputFactory) {
        super(new Translations());
        setLabel(label);
        setHelperText("Fill in every language; visitors see English where a translation is missing.");
        setWidthFull();
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
            Tab tab = new Tab(language.nativeName());
            tabs.put(language, tab);
            tabBar.add(tab);
            pages.add(input);
        }
        tabBar.addSelectedChangeListener(event -> show(selectedLanguage()));
        add(tabBar, pages);
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

    /** The tab of one language, e.g. to see whether it is marked as untranslated. */
    public Tab tab(Language language) {
        return tabs.get(language);
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

    private Language selectedLanguage() {
        return tabs.entrySet().stream()
                .filter(entry -> entry.getValue().equals(tabBar.getSelectedTab()))
                .map(Map.Entry::getKey)
                .findFirst().orElse(Language.EN);
    }

    private void show(Language language) {
        components.forEach((each, component) -> component.setVisible(each == language));
    }

    private void markMissingTranslations() {
        boolean anyWritten = inputs.values().stream().anyMatch(input -> !input.getValue().isBlank());
        inputs.forEach((language, input) -> {
            boolean missing = anyWritten && input.getValue().isBlank();
            Tab tab = tabs.get(language);
            tab.setLabel(language.nativeName() + (missing ? " •" : ""));
            tab.getElement().setAttribute("title", missing ? "Not translated yet" : "");
        });
    }
}
