package org.dataregistry.ocds.compile;

import java.nio.file.Path;
import org.dataregistry.ocds.parallel.OrderedParallel;
import org.dataregistry.ocds.read.UnpackLimits;

/**
 * How a {@link Compilation} runs.
 *
 * @param schema             the merge rules of a release schema the caller gives for every OCID, or {@code null} for
 *                           OCDS 1.0's or 1.1's by what the packages declare ({@link OcdsVersionRules})
 * @param versioned          whether to write versioned releases instead of compiled releases
 * @param spillDirectory     where the sort writes its temporary files
 * @param sortMemory         bytes of releases the sort keeps in memory before it spills
 * @param threads            worker threads that serialize, merge and write releases
 * @param maxReleasesPerOcid the most releases compiled for one OCID (the latest by date); the rest are skipped
 * @param limits             what the inputs may decompress to; fresh for each compilation (it counts)
 */
public record CompileSettings(
        MergeRules schema,
        boolean versioned,
        Path spillDirectory,
        long sortMemory,
        int threads,
        int maxReleasesPerOcid,
        UnpackLimits limits) {

    private static final long MIB = 1024 * 1024;

    public CompileSettings {
        if (maxReleasesPerOcid < 1) {
            throw new IllegalArgumentException("the releases per OCID must be at least 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread is needed");
        }
    }

    /**
     * Compiled releases by the OCDS version of the packages, spilling to {@code spillDirectory}, with the default
     * sort memory (1/8 of the heap, at most 256 MiB), a worker per processor, no limit per OCID or on unpacking.
     */
    public static CompileSettings defaults(Path spillDirectory) {
        return new CompileSettings(
                null,
                false,
                spillDirectory,
                defaultSortMemory(),
                OrderedParallel.defaultThreads(),
                Integer.MAX_VALUE,
                UnpackLimits.none());
    }

    /** 1/8 of the heap, at most 256 MiB. */
    public static long defaultSortMemory() {
        return Math.min(256 * MIB, Runtime.getRuntime().maxMemory() / 8);
    }

    public CompileSettings withSchema(MergeRules rules) {
        return new CompileSettings(rules, versioned, spillDirectory, sortMemory, threads, maxReleasesPerOcid, limits);
    }

    public CompileSettings withVersioned(boolean versionedReleases) {
        return new CompileSettings(
                schema, versionedReleases, spillDirectory, sortMemory, threads, maxReleasesPerOcid, limits);
    }

    public CompileSettings withSortMemory(long bytes) {
        return new CompileSettings(schema, versioned, spillDirectory, bytes, threads, maxReleasesPerOcid, limits);
    }

    public CompileSettings withThreads(int count) {
        return new CompileSettings(schema, versioned, spillDirectory, sortMemory, count, maxReleasesPerOcid, limits);
    }

    public CompileSettings withMaxReleasesPerOcid(int max) {
        return new CompileSettings(schema, versioned, spillDirectory, sortMemory, threads, max, limits);
    }

    public CompileSettings withLimits(UnpackLimits unpackLimits) {
        return new CompileSettings(
                schema, versioned, spillDirectory, sortMemory, threads, maxReleasesPerOcid, unpackLimits);
    }
}
