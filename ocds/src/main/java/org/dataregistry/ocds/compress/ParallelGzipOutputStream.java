package org.dataregistry.ocds.compress;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;

/**
 * A gzip stream (RFC 1952, one member, as {@link java.util.zip.GZIPOutputStream} writes it)
 * whose deflate data is compressed on worker threads ({@link ParallelDeflateOutputStream}).
 * Closing it writes the trailer and closes the underlying stream.
 */
public final class ParallelGzipOutputStream extends OutputStream {

    /** Magic, deflate, no flags, no time, no extra flags, unknown operating system. */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final OutputStream out;
    private final ParallelDeflateOutputStream deflate;
    private boolean closed;

    /**
     * @param out     where the gzip stream goes (closed when this is closed)
     * @param level   the deflate level, 0 to 9, or -1 for the default (6)
     * @param workers the threads that compress
     * @param threads how many of them this stream may keep busy
     */
    public ParallelGzipOutputStream(OutputStream out, int level, ExecutorService workers, int threads)
            throws IOException {
        this.out = out;
        out.write(HEADER);
        this.deflate = new ParallelDeflateOutputStream(out, level, workers, threads);
    }

    @Override
    public void write(int b) throws IOException {
        deflate.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        deflate.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            deflate.finish();
            writeIntLE(deflate.crc());
            writeIntLE(deflate.bytesIn());
        } finally {
            out.close();
        }
    }

    private void writeIntLE(long value) throws IOException {
        out.write(new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)});
    }
}
