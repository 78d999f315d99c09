package org.dataregistry.ocds.read;

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

    /** Where reading failed. */
    public SourcePosition position() {
        return position;
    }
}
