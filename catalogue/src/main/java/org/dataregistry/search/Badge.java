package org.dataregistry.search;

/**
 * A filter the search uses, shown as a badge that removes it.
 *
 * @param text the label when it is the value itself (a country), else {@code null}
 * @param labelKey the message key of the label otherwise
 * @param without the same search without this filter
 */
public record Badge(String text, String labelKey, SearchCriteria without) {}
