package org.dataregistry.download;

import java.util.List;

/**
 * A format's files of one publication.
 *
 * @param full all releases, or {@code null}
 * @param years one file per year, the latest year first
 * @param undated releases without a usable date, or {@code null}
 */
public record FormatFiles(FileFormat format, PublishedFile full, List<PublishedFile> years, PublishedFile undated) {

    /** Whether there are files by year, which is what search results tick a format for (as the original did). */
    public boolean hasYears() {
        return !years.isEmpty();
    }

    /** This format's tick. */
    public FormatTick tick() {
        return new FormatTick(format, hasYears());
    }

    /** Whether there is any file of this format. */
    public boolean any() {
        return full != null || hasYears() || undated != null;
    }
}
