package org.dataregistry.ocds.compile;

/**
 * The releases of an OCID cannot be merged. Merging other OCIDs is unaffected.
 */
public class MergeException extends RuntimeException {

    private final MergeError error;
    private final int releaseIndex;

    /**
     * @param error        what kind of problem
     * @param releaseIndex the index, in the list given to the merger, of the release at fault, or -1
     * @param message      the problem, in words
     */
    public MergeException(MergeError error, int releaseIndex, String message) {
        super(message);
        this.error = error;
        this.releaseIndex = releaseIndex;
    }

    /** What kind of problem. */
    public MergeError error() {
        return error;
    }

    /** The index, in the list given to the merger, of the release at fault, or -1 if not one release's. */
    public int releaseIndex() {
        return releaseIndex;
    }
}
