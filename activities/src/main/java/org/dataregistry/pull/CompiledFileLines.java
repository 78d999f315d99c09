package org.dataregistry.pull;

import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.dataregistry.task.FailureTypes;

/** The compiled releases the built-in process task wrote to the job's compiled file, one a line, as bytes. */
final class CompiledFileLines {

    private static final int BUFFER_SIZE = 1 << 16;

    private CompiledFileLines() {}

    /**
     * The lines of {@code compiledFile} (empty ones left out), read when asked for.
     *
     * @throws ApplicationFailure ({@code InputMissing}) from {@code forEach} if the file doesn't exist, e.g. the
     *                            temporary data was wiped
     */
    static CompiledReleases of(Path compiledFile) {
        return release -> read(compiledFile, release);
    }

    private static void read(Path compiledFile, Consumer<byte[]> release) {
        if (!Files.isRegularFile(compiledFile)) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "The compiled releases are gone: " + compiledFile + " doesn't exist. Process the data again.",
                    FailureTypes.INPUT_MISSING);
        }
        try (InputStream in = Files.newInputStream(compiledFile)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            int start = 0;
            int end = 0;
            while (true) {
                int newline = indexOf(buffer, start, end);
                if (newline >= 0) {
                    if (newline > start) {
                        release.accept(Arrays.copyOfRange(buffer, start, newline));
                    }
                    start = newline + 1;
                    continue;
                }
                if (start > 0) {
                    System.arraycopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                } else if (end == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                int read = in.read(buffer, end, buffer.length - end);
                if (read < 0) {
                    if (end > start) {
                        release.accept(Arrays.copyOfRange(buffer, start, end));
                    }
                    return;
                }
                end += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + compiledFile, e);
        }
    }

    private static int indexOf(byte[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
