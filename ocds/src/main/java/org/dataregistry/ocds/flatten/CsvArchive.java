package org.dataregistry.ocds.flatten;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.dataregistry.ocds.compress.ParallelGzipOutputStream;

/**
 * The CSV archive as the Data Registry makes it ({@code tarfile.add(csv_dir, arcname=stem)}): a
 * gzip-compressed tar with a directory {@code <stem>/} and in it one {@code <table>.csv} each,
 * sorted by file name. The files are streamed in, each with its length given first (a tar
 * header comes before the content); the gzip stream is compressed on worker threads
 * ({@link ParallelGzipOutputStream}). Not thread-safe.
 */
final class CsvArchive implements AutoCloseable {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final String stem;
    private final TarArchiveOutputStream tar;
    private final FileTime now = FileTime.from(Instant.now());
    private String lastFile;

    /**
     * Starts the archive with its directory entry.
     *
     * @param target           the file to write
     * @param stem             the name of the directory in the archive
     * @param compressionLevel the gzip level, or -1 for the default
     * @param workers          the threads that compress
     * @param threads          how many of them to keep busy
     */
    CsvArchive(Path target, String stem, int compressionLevel, ExecutorService workers, int threads)
            throws IOException {
        this.stem = stem;
        OutputStream raw = new BufferedOutputStream(Files.newOutputStream(target), BUFFER_SIZE);
        this.tar = new TarArchiveOutputStream(new ParallelGzipOutputStream(raw, compressionLevel, workers, threads));
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        TarArchiveEntry directory = new TarArchiveEntry(stem + "/");
        directory.setMode(TarArchiveEntry.DEFAULT_DIR_MODE);
        directory.setModTime(now);
        tar.putArchiveEntry(directory);
        tar.closeArchiveEntry();
    }

    /**
     * Starts the next file; write exactly {@code size} bytes to the stream returned, then
     * {@link #closeFile()}. Files must come sorted by name.
     */
    OutputStream putFile(String fileName, long size) throws IOException {
        if (lastFile != null && lastFile.compareTo(fileName) >= 0) {
            throw new IllegalArgumentException("files must come sorted by name: " + fileName + " after " + lastFile);
        }
        lastFile = fileName;
        // Built from the name, not a file, so that no file-system attributes become PAX headers.
        TarArchiveEntry entry = new TarArchiveEntry(stem + "/" + fileName);
        entry.setMode(TarArchiveEntry.DEFAULT_FILE_MODE);
        entry.setModTime(now);
        entry.setSize(size);
        tar.putArchiveEntry(entry);
        return tar;
    }

    /**
     * Ends the current file.
     *
     * @throws IOException if fewer bytes were written than announced
     */
    void closeFile() throws IOException {
        tar.closeArchiveEntry();
    }

    /** Ends the archive and closes the file (which happens even if the end cannot be written). */
    @Override
    public void close() throws IOException {
        tar.close();
    }
}
