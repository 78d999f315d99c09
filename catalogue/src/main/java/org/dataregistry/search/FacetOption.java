package org.dataregistry.search;

/**
 * One choice of a search filter and how many publications it would find with the other filters as they are.
 *
 * @param value the filter value (a country name, a region...)
 * @param count publications it would find; a choice that finds none is shown disabled
 * @param selected whether the search uses it now
 */
public record FacetOption<T>(T value, long count, boolean selected) {

    public boolean disabled() {
        return count == 0 && !selected;
    }
}
