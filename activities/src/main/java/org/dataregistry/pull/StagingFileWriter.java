package org.dataregistry.pull;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.dataregistry.ocds.StagedFile;
import org.dataregistry.ocds.coverage.CoverageCounter;
import org.dataregistry.ocds.coverage.CoverageReport;
import org.dataregistry.ocds.read.JsonLinesInput;

/**
 * Writes a job's staging file (compiled releases, one a line, gzipped) under a temporary name, counting the
 * coverage of the lines as they pass. Only {@link #commit()} puts the file in place; closing without it leaves any
 * earlier file as it was. Not thread-safe.
 */
final class StagingFileWriter implements AutoCloseable {

    private static final int BUFFER_SIZE = 1 << 16;
    /** Lines handed to the coverage counter at a time: one parser per batch rather than per line. */
    private static final int COVERAGE_BATCH_BYTES = 1 << 20;

    private final StagedFile staged;
    private final OutputStream out;
    private final CoverageCounter coverage;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(COVERAGE_BATCH_BYTES + BUFFER_SIZE);
    private long lines;

    private StagingFileWriter(StagedFile staged, OutputStream out, CoverageCounter coverage) {
        this.staged = staged;
        this.out = out;
        this.coverage = coverage;
    }

    /** @param today the last release date the date range counts */
    static StagingFileWriter open(Path target, LocalDate today) {
        try {
            Files.createDirectories(target.getParent());
            StagedFile staged = StagedFile.of(target);
            // The fastest level: the file is temporary, and the exporter compresses what it publishes anew.
            OutputStream out =
                    new GZIPOutputStream(
                            new BufferedOutputStream(Files.newOutputStream(staged.temporary()), BUFFER_SIZE),
                            BUFFER_SIZE) {
                        {
                            def.setLevel(Deflater.BEST_SPEED);
                        }
                    };
            return new StagingFileWriter(staged, out, new CoverageCounter(today));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + target, e);
        }
    }

    /** Writes one compiled release (JSON text in UTF-8 without line breaks) as a line. */
    void write(byte[] line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + staged.temporary(), e);
        }
        pending.write(line, 0, line.length);
        pending.write('\n');
        lines++;
        if (pending.size() >= COVERAGE_BATCH_BYTES) {
            countPending();
        }
    }

    long lines() {
        return lines;
    }

    /** Completes the file, puts it in place (replacing an earlier one), and returns the coverage of its lines. */
    CoverageReport commit() {
        countPending();
        try {
            out.close();
            staged.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not complete " + staged.target(), e);
        }
        return coverage.report();
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            staged.close();
        }
    }

    private void countPending() {
        if (pending.size() == 0) {
            return;
        }
        try (JsonLinesInput input = JsonLinesInput.open(
                new ByteArrayInputStream(pending.toByteArray()), staged.target().toString())) {
            coverage.addAll(input);
        }
        pending.reset();
    }
}
