package org.dataregistry.ocds.flatten;

import java.util.zip.Deflater;

/**
 * How to flatten.
 *
 * @param xlsx                whether to make an XLSX (when within its limits)
 * @param maxXlsxInputBytes   the uncompressed JSON size from which no XLSX is made: the Data
 *                            Registry makes one only for inputs smaller than 1 GiB
 * @param compressionLevel    the gzip level of the CSV archive and the deflate level of the XLSX, 1 (fastest)
 *                            to 9, or -1 for the defaults: gzip's (6) for the CSV archive, 5 for the XLSX,
 *                            whose much larger XML level 6 compresses 1.6 times slower for 1.5 % fewer bytes
 */
public record FlattenOptions(boolean xlsx, long maxXlsxInputBytes, int compressionLevel) {

    /** The Data Registry's limit on the input of an XLSX: 1 GiB. */
    public static final long MAX_XLSX_INPUT_BYTES = 1L << 30;

    /** CSV and XLSX, the Data Registry's limit, the default compression levels. */
    public static FlattenOptions defaults() {
        return new FlattenOptions(true, MAX_XLSX_INPUT_BYTES, Deflater.DEFAULT_COMPRESSION);
    }

    /** These options, with or without XLSX. */
    public FlattenOptions withXlsx(boolean make) {
        return new FlattenOptions(make, maxXlsxInputBytes, compressionLevel);
    }

    /** These options, with another input limit for XLSX. */
    public FlattenOptions withMaxXlsxInputBytes(long bytes) {
        return new FlattenOptions(xlsx, bytes, compressionLevel);
    }
}
