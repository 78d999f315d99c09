package org.dataregistry.job;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.FieldSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A titled, read-only list of facts about a job, such as its dates or its counts. */
class FactSheet extends Composite<FieldSet> {

    private final DescriptionList list = new DescriptionList();
    private final Map<String, Component> values = new LinkedHashMap<>();

    FactSheet(String legend) {
        list.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)")
                .set("margin", "0");
        getContent().setContent(list);
        if (!legend.isBlank()) {
            getContent().setLegendText(legend);
        }
        getContent().setWidthFull();
        getContent().getStyle().set("box-sizing", "border-box");
    }

    /** Facts listed inside another sheet, e.g. a job's context: no legend, no frame. */
    static FactSheet nested(List<Fact> facts) {
        FactSheet sheet = new FactSheet("");
        sheet.getContent().getStyle().set("border", "none").set("padding", "0").set("margin", "0");
        sheet.show(facts);
        return sheet;
    }

    /** Shows these facts instead of the ones shown. */
    void show(List<Fact> facts) {
        list.removeAll();
        values.clear();
        for (Fact fact : facts) {
            values.put(fact.term(), fact.value());
            DescriptionList.Term term = new DescriptionList.Term(fact.term());
            term.getStyle().set("color", "var(--lumo-secondary-text-color)");
            DescriptionList.Description description = new DescriptionList.Description(fact.value());
            description.getStyle().set("margin", "0").set("overflow-wrap", "anywhere");
            list.add(term, description);
        }
    }

    /** What the sheet says for {@code term}, as text. */
    Optional<String> text(String term) {
        return Optional.ofNullable(values.get(term))
                .map(value -> value.getElement().getTextRecursively());
    }

    /** One fact: a term and what it is for the job. */
    record Fact(String term, Component value) {

        static Fact of(String term, String value) {
            return new Fact(term, new Text(value == null ? "" : value));
        }
    }
}
