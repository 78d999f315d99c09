package org.dataregistry.markdown;

import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;

/** A Markdown text area with a live preview of how the public site will render it. */
public class MarkdownEditor extends CustomField<String> implements HasAriaLabel {

    private final TextArea source = new TextArea();
    private final Div preview = new Div();

    public MarkdownEditor() {
        super("");
        source.setValueChangeMode(ValueChangeMode.TIMEOUT);
        source.setValueChangeTimeout(300);
        source.setMinHeight("8em");
        source.setWidthFull();
        source.setAriaLabel("Markdown");
        source.addValueChangeListener(event -> showPreview(event.getValue()));

        preview.addClassName("markdown-preview");
        preview.setWidthFull();

        FlexLayout sideBySide = new FlexLayout(source, preview);
        sideBySide.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        sideBySide.getStyle().set("gap", "var(--lumo-space-m)");
        sideBySide.setFlexBasis("20em", source, preview);
        sideBySide.expand(source, preview);
        sideBySide.setWidthFull();
        add(sideBySide);
        showPreview("");
    }

    /** The HTML the preview shows, e.g. for tests. */
    public String previewHtml() {
        return Markdown.toHtml(source.getValue());
    }

    /** Names the text area, e.g. "Description (Español)"; "Markdown" until then. */
    @Override
    public void setAriaLabel(String name) {
        source.setAriaLabel(name);
    }

    @Override
    public Optional<String> getAriaLabel() {
        return source.getAriaLabel();
    }

    @Override
    protected String generateModelValue() {
        return source.getValue();
    }

    @Override
    protected void setPresentationValue(String value) {
        source.setValue(value == null ? "" : value);
        showPreview(source.getValue());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        source.setReadOnly(readOnly);
    }

    private void showPreview(String markdown) {
        preview.removeAll();
        if (markdown.isBlank()) {
            Span empty = new Span("Preview");
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
            preview.add(empty);
        } else {
            preview.add(new Html("<div>" + Markdown.toHtml(markdown) + "</div>"));
        }
    }
}
