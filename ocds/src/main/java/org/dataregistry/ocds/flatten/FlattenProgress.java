package org.dataregistry.ocds.flatten;

/**
 * How far a {@link Flattener#flatten flattening} has got, told on the thread that called it: first the input's
 * values read and flattened, then the rows written to the outputs. A listener may throw to stop the flattening,
 * which then deletes what it wrote.
 */
public interface FlattenProgress {

    /** Reports nothing. */
    FlattenProgress NONE = new FlattenProgress() {
        @Override
        public void valuesFlattened(long values) {}

        @Override
        public void rowsWritten(long rows, long totalRows) {}
    };

    /** The first pass has read and flattened {@code values} non-blank lines of the input so far. */
    void valuesFlattened(long values);

    /** The second pass has written {@code rows} of the {@code totalRows} rows of all tables so far. */
    void rowsWritten(long rows, long totalRows);
}
