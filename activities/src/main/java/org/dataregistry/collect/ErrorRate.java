package org.dataregistry.collect;

/**
 * scrapyloganalyzer's estimate of a crawl's error rate: errors ÷ (files + errors), where errors are the ERROR
 * messages plus the files that were not valid JSON, and files are the File and FileItem items the log shows. A log
 * with neither counts as all errors.
 *
 * @param errors ERROR messages plus the {@code invalid_json_count} statistic
 * @param items the File and FileItem items logged
 */
record ErrorRate(long errors, long items) {

    /** From 0 to 1. */
    double value() {
        long total = errors + items;
        return total == 0 ? 1 : (double) errors / total;
    }

    /**
     * The rate as the original registry writes it in failure reasons: Python's {@code repr} of the float, or
     * {@code 1} when nothing was counted (Python's division gave way to the integer fallback). Java's shortest
     * representation is Python's for the rates worth reporting (above 0.001).
     */
    @Override
    public String toString() {
        return errors + items == 0 ? "1" : Double.toString(value());
    }
}
