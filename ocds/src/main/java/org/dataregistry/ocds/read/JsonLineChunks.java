package org.dataregistry.ocds.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A JSON Lines file (plain or gzip, recognised by content) read in chunks of whole lines, as
 * raw UTF-8 bytes, for work spread over threads: each chunk is about {@code chunkSize} bytes (more
 * if one line is longer) and ends with a line end (or the end of the file).
 *
 * <p>Failures (a truncated or corrupt gzip stream, an I/O error) are {@link OcdsReadException}s
 * naming the file. Not thread-safe: one reader; the chunks it gives may go to any thread.
 */
public final class JsonLineChunks implements Iterator<JsonLineChunks.Chunk>, AutoCloseable {

    private final String name;
    private final InputStream in;
    private final int chunkSize;
    private byte[] carry = new byte[0];
    private long nextLine = 1;
    private long bytesRead;
    private boolean ended;
    private Chunk next;

    private JsonLineChunks(String name, InputStream in, int chunkSize) {
        this.name = name;
        this.in = in;
        this.chunkSize = chunkSize;
    }

    /**
     * Opens a file.
     *
     * @throws OcdsReadException if it cannot be opened
     */
    public static JsonLineChunks open(Path file, int chunkSize) {
        try {
            return open(Files.newInputStream(file), file.toString(), chunkSize);
        } catch (IOException e) {
            throw OcdsReadException.cannotOpen(file, e);
        }
    }

    /**
     * Reads a stream, which closing this reader closes; messages name it {@code name}.
     *
     * @throws OcdsReadException if its gzip header is corrupt
     */
    public static JsonLineChunks open(InputStream in, String name, int chunkSize) {
        return new JsonLineChunks(name, JsonLinesInput.decompressed(in, name), chunkSize);
    }

    /** The name used in messages. */
    public String name() {
        return name;
    }

    /** The uncompressed bytes read so far (all of them, at the end). */
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readChunk();
        }
        return next != null;
    }

    @Override
    public Chunk next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Chunk chunk = next;
        next = null;
        return chunk;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new OcdsReadException(SourcePosition.of(name), "cannot close: " + e, e);
        }
    }

    /** The next chunk: the carried-over bytes and more, up to the last line end; {@code null} at the end. */
    private Chunk readChunk() {
        byte[] bytes = Arrays.copyOf(carry, Math.max(chunkSize, carry.length * 2));
        int length = carry.length;
        int scanned = 0;
        while (true) {
            int lastLineEnd = lastLineEnd(bytes, scanned, length);
            if (lastLineEnd >= 0 || ended) {
                int end = lastLineEnd >= 0 ? lastLineEnd + 1 : length;
                if (end == 0) {
                    return null;
                }
                carry = Arrays.copyOfRange(bytes, end, length);
                Chunk chunk = new Chunk(name, nextLine, bytes, end);
                nextLine += chunk.lineEnds();
                return chunk;
            }
            scanned = length;
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            length += fill(bytes, length);
        }
    }

    private static int lastLineEnd(byte[] bytes, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Reads into {@code bytes} from {@code offset}; 0 at the end of the input. */
    private int fill(byte[] bytes, int offset) {
        int read = 0;
        try {
            while (offset + read < bytes.length) {
                int n = in.read(bytes, offset + read, bytes.length - offset - read);
                if (n < 0) {
                    ended = true;
                    break;
                }
                read += n;
            }
            bytesRead += read;
            return read;
        } catch (IOException e) {
            throw new OcdsReadException(
                    endOfReadable(bytes, offset + read),
                    "cannot read (the file may be truncated or corrupt): " + e.getMessage(),
                    e);
        }
    }

    /** Where the bytes that could be read end: the line and column after the last of {@code bytes[0..length)}. */
    private SourcePosition endOfReadable(byte[] bytes, int length) {
        long line = nextLine;
        int lineStart = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(name, line, length - lineStart + 1);
    }

    /**
     * Whole lines of the input.
     *
     * @param source    the file name
     * @param firstLine the number of the first line, from 1
     * @param bytes     the lines' bytes, from 0 to {@code length}, line ends included
     * @param length    how many bytes of {@code bytes} hold lines
     */
    public record Chunk(String source, long firstLine, byte[] bytes, int length) {

        /** The number of line ends in the chunk. */
        int lineEnds() {
            int count = 0;
            for (int i = 0; i < length; i++) {
                if (bytes[i] == '\n') {
                    count++;
                }
            }
            return count;
        }

        /** Gives each line that is not blank, without its line end ({@code \n} or {@code \r\n}), with its number. */
        public void forEachLine(LineConsumer consumer) {
            long line = firstLine;
            int start = 0;
            for (int i = 0; i <= length; i++) {
                if (i == length || bytes[i] == '\n') {
                    int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                    if (!isBlank(start, end)) {
                        consumer.accept(bytes, start, end - start, line);
                    }
                    line++;
                    start = i + 1;
                }
            }
        }

        private boolean isBlank(int from, int to) {
            for (int i = from; i < to; i++) {
                byte b = bytes[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    /** Receives a line. */
    @FunctionalInterface
    public interface LineConsumer {

        /**
         * @param bytes  the chunk's bytes
         * @param offset where the line starts
         * @param length its length, without the line end
         * @param line   its number, from 1
         */
        void accept(byte[] bytes, int offset, int length, long line);
    }
}
