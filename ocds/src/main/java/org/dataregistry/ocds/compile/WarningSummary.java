package org.dataregistry.ocds.compile;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals merge warnings over many OCIDs, as the Data Registry summarises them in task notes: the
 * number of duplicate {@code id}s per array path, and the number of repeated release dates per date.
 * Not thread-safe.
 */
public final class WarningSummary {

    private final Map<String, Long> duplicateIdsByPath = new TreeMap<>();
    private final Map<String, Long> repeatedDatesByDate = new TreeMap<>();

    /** Counts a warning. */
    public void add(MergeWarning warning) {
        switch (warning) {
            case MergeWarning.DuplicateIdValue duplicate -> duplicateIdsByPath.merge(duplicate.path(), 1L, Long::sum);
            case MergeWarning.RepeatedDateValue repeated -> repeatedDatesByDate.merge(repeated.date(), 1L, Long::sum);
        }
    }

    /** Counts the warnings of a compiled OCID; a not-compiled OCID has none. */
    public void add(CompileOutcome outcome) {
        if (outcome instanceof CompileOutcome.Compiled compiled) {
            compiled.warnings().forEach(this::add);
        }
    }

    /** {@code DuplicateIdValueWarning} counts by array path, sorted by path. */
    public Map<String, Long> duplicateIdsByPath() {
        return Collections.unmodifiableMap(new TreeMap<>(duplicateIdsByPath));
    }

    /** {@code RepeatedDateValueWarning} counts by date, sorted by date. */
    public Map<String, Long> repeatedDatesByDate() {
        return Collections.unmodifiableMap(new TreeMap<>(repeatedDatesByDate));
    }
}
