package org.dataregistry.process;

import org.dataregistry.collect.DownloadProperties;
import org.dataregistry.ocds.read.UnpackLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits a source's data cannot make the app exceed, whatever it sends.
 *
 * @param maxDecompressedSizePerFile the most bytes decompressed from one collected file; unset, 20 times the
 *                                   download's largest response
 * @param maxDecompressedSizePerJob  the most bytes decompressed from all of a job's collected files; unset, 20 times
 *                                   the download's largest response
 * @param maxArchiveNesting          how deeply archives may nest ({@code .gz} in {@code .zip} is 2)
 * @param maxCompressionRatio        the most bytes decompressed per byte of a collected file, checked once the file
 *                                   has produced {@value UnpackLimits#RATIO_FLOOR} bytes
 * @param maxReleasesPerOcid         the most releases compiled for one OCID; the rest are skipped with a note
 * @param maxExportYears             the most distinct release years exported as yearly files; beyond them only
 *                                   the full and undated files are written, with a note
 */
@ConfigurationProperties("data-registry.limits")
public record SourceLimits(
        DataSize maxDecompressedSizePerFile,
        DataSize maxDecompressedSizePerJob,
        @DefaultValue("3") int maxArchiveNesting,
        @DefaultValue("250") int maxCompressionRatio,
        @DefaultValue("10000") int maxReleasesPerOcid,
        @DefaultValue("100") int maxExportYears) {

    /** The decompressed sizes' default: this many times the largest response the download stores. */
    static final int DECOMPRESSED_PER_RESPONSE = 20;

    /** The setting of each limit, as the environment spells it, for notes that name the limit reached. */
    static final String PER_FILE_SETTING = "DATA_REGISTRY_LIMITS_MAX_DECOMPRESSED_SIZE_PER_FILE";

    static final String PER_JOB_SETTING = "DATA_REGISTRY_LIMITS_MAX_DECOMPRESSED_SIZE_PER_JOB";
    static final String NESTING_SETTING = "DATA_REGISTRY_LIMITS_MAX_ARCHIVE_NESTING";
    static final String RATIO_SETTING = "DATA_REGISTRY_LIMITS_MAX_COMPRESSION_RATIO";
    static final String RELEASES_PER_OCID_SETTING = "DATA_REGISTRY_LIMITS_MAX_RELEASES_PER_OCID";
    public static final String EXPORT_YEARS_SETTING = "DATA_REGISTRY_LIMITS_MAX_EXPORT_YEARS";

    /** The limits' defaults. */
    public static SourceLimits defaults() {
        return new SourceLimits(null, null, 3, 250, 10_000, 100);
    }

    /** Fresh limits for reading one job's collected files (the per-job total starts at zero). */
    UnpackLimits unpackLimits(DownloadProperties download) {
        long fallback = Math.multiplyExact(download.maxResponseSize().toBytes(), DECOMPRESSED_PER_RESPONSE);
        return new UnpackLimits(
                bytes(maxDecompressedSizePerFile, fallback),
                bytes(maxDecompressedSizePerJob, fallback),
                maxArchiveNesting,
                maxCompressionRatio);
    }

    private static long bytes(DataSize size, long fallback) {
        return size == null ? fallback : size.toBytes();
    }
}
