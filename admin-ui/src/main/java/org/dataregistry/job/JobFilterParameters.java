package org.dataregistry.job;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;

/**
 * The jobs list's search and filters in its address, e.g. {@code jobs?search=portugal&status=RUNNING&active=yes}:
 * a filtered list can be bookmarked and shared, and Back returns to the filters before. A value the list doesn't
 * know is ignored.
 */
final class JobFilterParameters {

    static final String SEARCH = "search";
    static final String STATUS = "status";
    static final String UNSUCCESSFUL = "unsuccessful";
    static final String ARCHIVED = "archived";
    static final String ACTIVE = "active";

    private JobFilterParameters() {
    }

    /** The filter's non-empty choices as query parameters, in the sidebar's order. */
    static QueryParameters of(JobFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (filter.getSearch() != null && !filter.getSearch().isBlank()) {
            parameters.put(SEARCH, filter.getSearch().strip());
        }
        if (filter.getStatus() != null) {
            parameters.put(STATUS, filter.getStatus().name());
        }
        putYesNo(parameters, UNSUCCESSFUL, filter.getUnsuccessful());
        putYesNo(parameters, ARCHIVED, filter.getArchived());
        putYesNo(parameters, ACTIVE, filter.getActive());
        return QueryParameters.simple(parameters);
    }

    /** The filter the query parameters ask for; parameters absent or unknown leave the filter at "All". */
    static JobFilter from(QueryParameters parameters) {
        JobFilter filter = new JobFilter();
        first(parameters, SEARCH).ifPresent(filter::setSearch);
        first(parameters, STATUS).flatMap(status -> Arrays.stream(JobStatus.values())
                .filter(value -> value.name().equalsIgnoreCase(status)).findFirst()).ifPresent(filter::setStatus);
        yesNo(parameters, UNSUCCESSFUL).ifPresent(filter::setUnsuccessful);
        yesNo(parameters, ARCHIVED).ifPresent(filter::setArchived);
        yesNo(parameters, ACTIVE).ifPresent(filter::setActive);
        return filter;
    }

    private static void putYesNo(Map<String, String> parameters, String name, Boolean value) {
        if (value != null) {
            parameters.put(name, value ? "yes" : "no");
        }
    }

    private static Optional<Boolean> yesNo(QueryParameters parameters, String name) {
        return first(parameters, name).flatMap(value -> switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "yes" -> Optional.of(true);
            case "no" -> Optional.of(false);
            default -> Optional.empty();
        });
    }

    private static Optional<String> first(QueryParameters parameters, String name) {
        List<String> values = parameters.getParameters().getOrDefault(name, List.of());
        return values.stream().filter(value -> !value.isBlank()).findFirst();
    }
}
