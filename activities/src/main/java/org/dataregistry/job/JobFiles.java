package org.dataregistry.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.dataregistry.ocds.export.ReleaseExporter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Where a job's files live. Temporary data (collected files, the pulled staging file) is under
 * {@code <root>/jobs/<jobId>/} and is wiped after the job; exports (the downloads) are under
 * {@code <root>/exports/<jobId>/} and stay while the job does.
 */
@Component
@EnableConfigurationProperties(FilesProperties.class)
public class JobFiles {

    private final Path root;

    public JobFiles(FilesProperties properties) {
        this.root = properties.root().toAbsolutePath().normalize();
    }

    /** All of a job's temporary data. */
    public Path temporaryDir(long jobId) {
        return root.resolve("jobs").resolve(Long.toString(jobId));
    }

    /** The files the built-in collector downloaded. */
    public Path collectDir(long jobId) {
        return temporaryDir(jobId).resolve("collect");
    }

    /**
     * The built-in process task's compiled releases, one per line in OCID order (JSON Lines): the pull task counts
     * them and the exporter reads them.
     */
    public Path compiledFile(long jobId) {
        return temporaryDir(jobId).resolve("process").resolve("compiled.jsonl");
    }

    /** Where the built-in process task's sort spills releases while it compiles the collected files. */
    public Path sortDir(long jobId) {
        return compiledFile(jobId).resolveSibling("sort");
    }

    /** The compiled releases pulled from Kingfisher Process for the exporter, one per line, gzipped. */
    public Path stagingFile(long jobId) {
        return temporaryDir(jobId).resolve("pull").resolve("compiled.jsonl.gz");
    }

    /** The job's published files: {@code full.jsonl.gz}, per-year and undated files, their CSV and Excel. */
    public Path exportDir(long jobId) {
        return root.resolve("exports").resolve(Long.toString(jobId));
    }

    /** The job's {@code full.jsonl.gz}: every compiled release of its last export, one a line as pulled. */
    public Path fullExport(long jobId) {
        return exportDir(jobId).resolve(ReleaseExporter.FULL + ReleaseExporter.SUFFIX);
    }

    /**
     * What the exporter reads: the staging file (Kingfisher Process) or the compiled file (built-in) while it exists,
     * else the job's {@link #fullExport}, which holds the same lines in the same order, so that exporting it again
     * writes the same files after the temporary data is wiped. Empty when none exists.
     */
    public Optional<Path> exporterInput(long jobId) {
        return Stream.of(stagingFile(jobId), compiledFile(jobId), fullExport(jobId))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** Deletes a directory and everything in it; nothing happens when it doesn't exist (safe to run twice). */
    public static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + directory, e);
        }
    }
}
