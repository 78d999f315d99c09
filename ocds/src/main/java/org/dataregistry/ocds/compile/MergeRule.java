package org.dataregistry.ocds.compile;

/** How a field is merged, when the release schema says so; other fields are merged by value or by path. */
public enum MergeRule {
    /** Dropped from merged releases ({@code "omitWhenMerged": true} or {@code "mergeStrategy": "ocdsOmit"}). */
    OMIT,
    /**
     * The latest list replaces the earlier one as a whole ({@code "wholeListMerge": true},
     * {@code "mergeStrategy": "ocdsVersion"}, arrays of non-objects, and arrays of objects without
     * an {@code id} property).
     */
    WHOLE_LIST
}
