package org.dataregistry.ocds.compile;

/** Where a {@link Compilation} writes compiled (or versioned) releases, in OCID order. */
@FunctionalInterface
public interface CompiledOutput {

    /**
     * @param ocid the release's OCID
     * @param date the compiled release's {@code date}, or {@code null} if it has none (or not a string)
     * @param json the compiled (or versioned) release as JSON in UTF-8, without line breaks
     */
    void write(String ocid, String date, byte[] json);
}
