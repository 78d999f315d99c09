package org.dataregistry.ocds.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import org.dataregistry.ocds.StagedFile;
import org.dataregistry.ocds.compress.ParallelGzipOutputStream;

/** One gzip-compressed JSON Lines export file being written under its temporary name. */
final class ExportStream implements AutoCloseable {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final StagedFile file;
    private final OutputStream out;
    private long lines;
    private long uncompressedBytes;

    /**
     * @param workers the threads that compress, shared by the export's files
     * @param threads how many of them this file may keep busy
     */
    ExportStream(Path target, int compressionLevel, ExecutorService workers, int threads) throws IOException {
        this.file = StagedFile.of(target);
        OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file.temporary()), BUFFER_SIZE);
        try {
            this.out = new ParallelGzipOutputStream(raw, compressionLevel, workers, threads);
        } catch (IOException | RuntimeException e) {
            raw.close();
            file.close();
            throw e;
        }
    }

    /** Writes one line: the bytes of a JSON object, then a newline. */
    void writeLine(byte[] json, int offset, int length) throws IOException {
        out.write(json, offset, length);
        out.write('\n');
        lines++;
        uncompressedBytes += length + 1;
    }

    /** Completes the file and renames it into place. */
    WrittenFile commit() throws IOException {
        out.close();
        Path target = file.commit();
        return new WrittenFile(target.getFileName().toString(), lines, uncompressedBytes, Files.size(target));
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            file.close();
        }
    }
}
