package org.dataregistry.search;

import java.util.List;
import org.dataregistry.publication.Region;
import org.dataregistry.publication.UpdateFrequency;

/**
 * The counts next to each filter choice. Countries, date ranges, update frequencies and regions count the
 * publications each choice would find under all the <em>other</em> filters; "data contains" counts, among the
 * results, those whose data has each (as in the original).
 *
 * @param dateRanges "All" first (every publication found under the other filters), then each range
 */
public record Facets(
        List<FacetOption<String>> countries,
        List<FacetOption<DateRange>> dateRanges,
        List<FacetOption<UpdateFrequency>> updateFrequencies,
        List<FacetOption<Region>> regions,
        List<FacetOption<DataCount>> counts) {}
