package org.dataregistry.publication;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;

/**
 * The publication list's sidebar filters (reference §7.1), written straight into a {@link PublicationFilter}.
 * Each is "All" until a choice is made; the choices combine.
 */
class PublicationFilters extends Composite<VerticalLayout> {

    final Select<Boolean> published = either("Public", "Yes", "No");
    final Select<Boolean> frozen = either("Frozen", "Yes", "No");
    final Select<Boolean> activeJobEmpty = either("Active job", "Empty", "Not empty");
    final Select<Frequency> retrievalFrequency = Choices.optional("Retrieval frequency", Frequency.choices(),
            Frequency::label, "All");
    final Select<Boolean> licenseEmpty = either("Data license", "Empty", "Not empty");
    final Select<Boolean> summaryEnEmpty = either("Quality summary [en]", "Empty", "Not empty");
    final Select<Boolean> incomplete = either("Incomplete", "Yes", "No");
    final Select<Boolean> untranslated = either("Untranslated", "Yes", "No");
    final Select<LastReviewed> lastReviewed = Choices.optional("Last reviewed",
            Arrays.stream(LastReviewed.values()).filter(choice -> choice != LastReviewed.ANY_DATE).toList(),
            LastReviewed::label, LastReviewed.ANY_DATE.label());
    final Button clear = new Button("Clear filters");

    private final Binder<PublicationFilter> binder = new Binder<>(PublicationFilter.class);

    /** Filters into {@code filter}, calling {@code onChange} after each change. */
    PublicationFilters(PublicationFilter filter, Runnable onChange) {
        binder.forField(retrievalFrequency).bind(Frequency::of, Frequency::applyTo);
        binder.bindInstanceFields(this);
        binder.setBean(filter);
        binder.addValueChangeListener(event -> onChange.run());

        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(event -> binder.getFields().forEach(HasValue::clear));

        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.add(new H3("Filter"));
        Stream.of(published, frozen, activeJobEmpty, retrievalFrequency, licenseEmpty, summaryEnEmpty, incomplete,
                untranslated, lastReviewed).forEach(select -> {
                    select.setWidthFull();
                    layout.add(select);
                });
        layout.add(clear);
    }

    /** A filter with two choices besides "All", e.g. "Empty" (true) and "Not empty" (false). */
    private static Select<Boolean> either(String label, String yes, String no) {
        return Choices.optional(label, List.of(true, false), value -> value ? yes : no, "All");
    }

    /**
     * A choice of the retrieval frequency filter: one frequency, or "Not set" (a null frequency).
     */
    record Frequency(RetrievalFrequency frequency) {

        static final Frequency NOT_SET = new Frequency(null);

        static List<Frequency> choices() {
            return Stream.concat(Arrays.stream(RetrievalFrequency.values()).map(Frequency::new), Stream.of(NOT_SET))
                    .toList();
        }

        String label() {
            return frequency == null ? "Not set" : frequency.label();
        }

        static Frequency of(PublicationFilter filter) {
            if (Boolean.TRUE.equals(filter.getRetrievalFrequencyUnset())) {
                return NOT_SET;
            }
            return filter.getRetrievalFrequency() == null ? null : new Frequency(filter.getRetrievalFrequency());
        }

        static void applyTo(PublicationFilter filter, Frequency choice) {
            filter.setRetrievalFrequency(choice == null ? null : choice.frequency());
            filter.setRetrievalFrequencyUnset(NOT_SET.equals(choice) ? Boolean.TRUE : null);
        }
    }
}
