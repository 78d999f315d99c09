package org.dataregistry.download;

import java.time.Instant;

/**
 * A file a publication's page offers for download.
 *
 * @param name e.g. {@code 2020.csv.tar.gz}
 * @param stem {@code full}, {@code undated} or a year
 * @param format its format
 * @param bytes its size
 * @param modified when it was written
 */
public record PublishedFile(String name, String stem, FileFormat format, long bytes, Instant modified) {

    public boolean isYear() {
        return !stem.equals("full") && !stem.equals("undated");
    }
}
