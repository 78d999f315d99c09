package org.dataregistry.pull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import io.temporal.failure.ApplicationFailure;
import org.dataregistry.task.FailureTypes;

/** The compiled releases the built-in process task wrote to the job's compiled file, one a line. */
final class CompiledFileLines {

    private static final int BUFFER_SIZE = 1 << 16;

    private CompiledFileLines() {
    }

    /**
     * The lines of {@code compiledFile}, read when asked for.
     *
     * @throws ApplicationFailure ({@code InputMissing}) from {@code forEach} if the file doesn't exist, e.g. the
     *                            temporary data was wiped
     */
    static CompiledReleases of(Path compiledFile) {
        return release -> read(compiledFile, release);
    }

    private static void read(Path compiledFile, Consumer<String> release) {
        if (!Files.isRegularFile(compiledFile)) {
            throw ApplicationFailure.newNonRetryableFailure("The compiled releases are gone: " + compiledFile
                    + " doesn't exist. Process the data again.", FailureTypes.INPUT_MISSING);
        }
        try (BufferedReader lines = new BufferedReader(
                Files.newBufferedReader(compiledFile, StandardCharsets.UTF_8), BUFFER_SIZE)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isEmpty()) {
                    release.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + compiledFile, e);
        }
    }
}
