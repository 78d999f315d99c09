package org.dataregistry.ocds.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The input cannot be read any further: invalid JSON, a truncated or corrupt {@code .gz} or
 * {@code .zip}, bytes that are invalid in an explicitly requested charset, or an I/O failure.
 * The message names the source and, when known, the line and column.
 */
public class OcdsReadException extends RuntimeException {

    private final SourcePosition position;

    /**
     * @param position where reading failed
     * @param problem  what went wrong, without the position (it is prefixed)
     * @param cause    the underlying exception, if any
     */
    public OcdsReadException(SourcePosition position, String problem, Throwable cause) {
        super(position + ": " + problem, cause);
        this.position = position;
    }

    /**
     * A file cannot be opened, said in words ({@code no such file}, {@code permission denied}).
     */
    public static OcdsReadException cannotOpen(Path file, IOException cause) {
        String reason = switch (cause) {
            case NoSuchFileException ignored -> "no such file";
            case AccessDeniedException ignored -> "permission denied";
            case FileSystemException fileSystem when fileSystem.getReason() != null -> fileSystem.getReason();
            default -> cause.toString();
        };
        return new OcdsReadException(SourcePosition.of(file.toString()), "cannot open: " + reason, cause);
    }

    /** Where reading failed. */
    public SourcePosition position() {
        return position;
    }
}
