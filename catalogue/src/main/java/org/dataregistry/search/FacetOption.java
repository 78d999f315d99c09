package org.dataregistry.search;

/**
 * One choice of a search filter and how many publications it would find with the other filters as they are.
 *
 * @param value the filter value (a country name, a region...), or {@code null} for "all"
 * @param parameter the query parameter's value that chooses it, e.g. {@code EU} or {@code awards_count}
 * @param labelKey the message key of its label, or {@code null} when the value is its own label (a country)
 * @param count publications it would find; a choice that finds none is shown disabled
 * @param selected whether the search uses it now
 */
public record FacetOption<T>(T value, String parameter, String labelKey, long count, boolean selected) {

    public boolean disabled() {
        return count == 0 && !selected;
    }
}
