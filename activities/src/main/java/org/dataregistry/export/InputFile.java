package org.dataregistry.export;

import io.temporal.failure.ApplicationFailure;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipException;
import org.dataregistry.ocds.read.OcdsReadException;
import org.dataregistry.task.FailureTypes;

/**
 * A job file an activity reads with the ocds engines, and how its absence or a failure to read it ends the
 * activity: gone is permanent ({@code InputMissing}); broken content (a truncated or corrupt gzip stream, a line
 * that is not one JSON object) is permanent ({@code InvalidData}), since reading it again gives the same; any
 * other I/O error is temporary, so the activity is retried.
 *
 * @param path          the file
 * @param whenMissing   the failure's message when the file is gone, saying how to recover
 * @param whenUnreadable what to say before the engine's message (which names the file and line) when the
 *                      content is broken
 */
public record InputFile(Path path, String whenMissing, String whenUnreadable) {

    /** Fails for good when the file is not there. */
    public void requirePresent() {
        if (!Files.isRegularFile(path)) {
            throw missing();
        }
    }

    /** The failure to throw for an engine's read failure of this file. */
    public RuntimeException failure(OcdsReadException e) {
        Throwable cause = e.getCause();
        if (cause instanceof NoSuchFileException) {
            return missing();
        }
        if (cause instanceof IOException && !(cause instanceof EOFException || cause instanceof ZipException)) {
            return e;
        }
        return ApplicationFailure.newNonRetryableFailureWithCause(
                whenUnreadable + ": " + e.getMessage(), FailureTypes.INVALID_DATA, e);
    }

    private ApplicationFailure missing() {
        return ApplicationFailure.newNonRetryableFailure(whenMissing, FailureTypes.INPUT_MISSING);
    }
}
