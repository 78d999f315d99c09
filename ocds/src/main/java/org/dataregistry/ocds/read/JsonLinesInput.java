package org.dataregistry.ocds.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dataregistry.ocds.OcdsJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * A JSON Lines file (or any sequence of JSON values separated by whitespace), plain or
 * gzip-compressed (recognised by its first bytes, not its name), read value by value with one
 * streaming parser.
 *
 * <p>Failures are {@link OcdsReadException}s naming the file and the line and column: invalid
 * JSON, a truncated or corrupt gzip stream, an I/O error. Not thread-safe.
 */
public final class JsonLinesInput implements AutoCloseable {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final String name;
    private final CountingStream counted;
    private final JsonParser parser;

    private JsonLinesInput(String name, CountingStream counted) {
        this.name = name;
        this.counted = counted;
        this.parser = OcdsJson.mapper().createParser(counted);
    }

    /**
     * Opens a file.
     *
     * @throws OcdsReadException if it cannot be opened or its gzip header is corrupt
     */
    public static JsonLinesInput open(Path file) {
        try {
            return open(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw OcdsReadException.cannotOpen(file, e);
        }
    }

    /**
     * Reads a stream, which closing this input closes; messages name it {@code name}.
     *
     * @throws OcdsReadException if its gzip header is corrupt
     */
    public static JsonLinesInput open(InputStream in, String name) {
        return new JsonLinesInput(name, new CountingStream(decompressed(in, name)));
    }

    /**
     * {@link #decompressed(InputStream)}, closing {@code in} if its gzip header is corrupt.
     *
     * @throws OcdsReadException if the gzip header is corrupt, naming {@code name}
     */
    static InputStream decompressed(InputStream in, String name) {
        try {
            return decompressed(in);
        } catch (IOException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new OcdsReadException(SourcePosition.of(name), "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The content of a stream that may be gzip-compressed, recognised by its first bytes;
     * buffered either way.
     *
     * @throws IOException if the gzip header is corrupt, or the stream is a zip archive
     */
    public static InputStream decompressed(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER_SIZE);
        return switch (Compression.of(buffered)) {
            case GZIP -> new GZIPInputStream(buffered, BUFFER_SIZE);
            case ZIP -> throw new ZipException("zip archives are read by compile only (unzip it first)");
            case NONE -> buffered;
        };
    }

    /** The name used in messages. */
    public String name() {
        return name;
    }

    /**
     * Moves to the first token of the next top-level value.
     *
     * @return that token, or {@code null} at the end of the input
     * @throws OcdsReadException if the input cannot be read
     */
    public JsonToken nextValue() {
        return guard(parser::nextToken);
    }

    /**
     * The parser, positioned by {@link #nextValue()}; read the value through {@link #guard} so
     * that failures name the position.
     */
    public JsonParser parser() {
        return parser;
    }

    /**
     * Runs a read on the parser, turning its failures into {@link OcdsReadException}s that name
     * the file, line and column.
     */
    public <T> T guard(ParserRead<T> read) {
        try {
            return read.read();
        } catch (UnexpectedEndOfInputException e) {
            throw failure("unexpected end of input: the JSON is truncated", e);
        } catch (JacksonIOException e) {
            throw failure(describe(e.getCause()), e.getCause());
        } catch (JacksonException e) {
            throw failure("invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Where the parser is: the file, line and column. */
    public SourcePosition position() {
        var location = parser.currentLocation();
        return new SourcePosition(name, location.getLineNr(), location.getColumnNr());
    }

    /** The uncompressed bytes read so far (all of them, at the end of the input). */
    public long bytesRead() {
        return counted.count;
    }

    @Override
    public void close() {
        parser.close();
        try {
            counted.close();
        } catch (IOException e) {
            throw new OcdsReadException(SourcePosition.of(name), "cannot close: " + e, e);
        }
    }

    private OcdsReadException failure(String problem, Throwable cause) {
        return new OcdsReadException(position(), problem, cause);
    }

    private static String describe(IOException cause) {
        if (cause instanceof EOFException || String.valueOf(cause.getMessage()).startsWith("Truncated")) {
            return "unexpected end of compressed data: the file is truncated (" + cause.getMessage() + ")";
        }
        if (cause instanceof ZipException) {
            return "corrupt compressed data (" + cause.getMessage() + ")";
        }
        return "cannot read: " + cause;
    }

    /** A read on the parser. */
    @FunctionalInterface
    public interface ParserRead<T> {
        /** Reads. */
        T read();
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
