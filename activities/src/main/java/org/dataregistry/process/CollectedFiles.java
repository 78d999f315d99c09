package org.dataregistry.process;

import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dataregistry.task.FailureTypes;

/** The files the built-in collector downloaded for a job. */
final class CollectedFiles {

    private CollectedFiles() {}

    /**
     * The regular files of the collect directory in name order, the order they were collected in (page numbers
     * are zero-padded). Hidden files are left out: they are downloads that never completed.
     *
     * @throws ApplicationFailure ({@code InputMissing}) if the directory doesn't exist, e.g. the data was wiped
     */
    static List<Path> in(Path collectDir) {
        if (!Files.isDirectory(collectDir)) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "The collected files are gone: " + collectDir + " doesn't exist. Collect the data again.",
                    FailureTypes.INPUT_MISSING);
        }
        try (Stream<Path> files = Files.list(collectDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + collectDir, e);
        }
    }
}
