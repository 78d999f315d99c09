package org.dataregistry.ocds.compile;

import java.util.List;
import org.dataregistry.ocds.read.ReadListener;

/**
 * Hears what a {@link Compilation} reports besides compiled releases: what the reader skipped or read in a degraded
 * way ({@link ReadListener}'s methods), releases skipped beyond the limit per OCID, merge warnings (duplicate ids,
 * repeated dates; {@link WarningSummary} totals them), OCIDs that can't be compiled, and progress. Every method is called on the thread that runs the compilation, OCIDs in OCID order. The methods
 * do nothing by default.
 */
public interface CompileListener extends ReadListener {

    /** Another release (or record) was read; {@code releasesRead} so far. */
    default void releaseRead(long releasesRead) {}

    /**
     * Every input was read and sorted; compiling starts.
     *
     * @param releases    releases and records read
     * @param withoutOcid releases and records skipped because they have no {@code ocid}
     */
    default void allRead(long releases, long withoutOcid) {}

    /**
     * The OCID had more releases than the limit: it is compiled from its latest ones (by date), {@code skipped}
     * earlier ones are left out.
     */
    default void releasesSkipped(String ocid, long skipped, int limit) {}

    /** Merging the OCID's releases was dubious where the warnings say; called only with some. */
    default void mergeWarnings(String ocid, List<MergeWarning> warnings) {}

    /** The OCID has no compiled (or versioned) release. */
    default void notCompiled(CompileOutcome.NotCompiled outcome) {}

    /** Another OCID was compiled (or not); {@code ocidsDone} so far. */
    default void ocidDone(long ocidsDone) {}
}
