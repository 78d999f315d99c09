package org.dataregistry.publication;

import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dataregistry.filter.FilterSidebar;
import org.dataregistry.form.Choices;

/**
 * The publication list's sidebar filters (public, frozen, active job empty and the others below), written straight
 * into a {@link PublicationFilter}.
 */
class PublicationFilters extends FilterSidebar<PublicationFilter> {

    final Select<Boolean> published = Choices.either("Public", "Yes", "No");
    final Select<Boolean> frozen = Choices.either("Frozen", "Yes", "No");
    final Select<Boolean> activeJobEmpty = Choices.either("Active job", "Empty", "Not empty");
    final Select<Frequency> retrievalFrequency =
            Choices.optional("Retrieval frequency", Frequency.choices(), Frequency::label, "All");
    final Select<Boolean> licenseEmpty = Choices.either("Data license", "Empty", "Not empty");
    final Select<Boolean> summaryEnEmpty = Choices.either("Quality summary [en]", "Empty", "Not empty");
    final Select<Boolean> incomplete = Choices.either("Incomplete", "Yes", "No");
    final Select<Boolean> untranslated = Choices.either("Untranslated", "Yes", "No");
    final Select<LastReviewed> lastReviewed = Choices.optional(
            "Last reviewed",
            Arrays.stream(LastReviewed.values())
                    .filter(choice -> choice != LastReviewed.ANY_DATE)
                    .toList(),
            LastReviewed::label,
            LastReviewed.ANY_DATE.label());

    /** Filters into {@code filter}, calling {@code onChange} after each change. */
    PublicationFilters(PublicationFilter filter, Runnable onChange) {
        super(PublicationFilter.class);
        binder.forField(retrievalFrequency).bind(Frequency::of, Frequency::applyTo);
        show(
                filter,
                onChange,
                published,
                frozen,
                activeJobEmpty,
                retrievalFrequency,
                licenseEmpty,
                summaryEnEmpty,
                incomplete,
                untranslated,
                lastReviewed);
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
