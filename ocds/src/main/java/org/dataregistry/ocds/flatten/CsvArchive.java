package org.dataregistry.ocds.flatten;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The CSV archive as the Data Registry makes it ({@code tarfile.add(csv_dir, arcname=stem)}): a
 * gzip-compressed tar with a directory {@code <stem>/} and in it one {@code <table>.csv} each,
 * sorted by file name. The gzip stream is compressed on worker threads ({@link ParallelGzipOutputStream}).
 */
final class CsvArchive {

    private static final int BUFFER_SIZE = 64 * 1024;

    private CsvArchive() {
    }

    /**
     * Writes the archive.
     *
     * @param target           the file to write
     * @param stem             the name of the directory in the archive
     * @param files            the CSV files, put in the archive under their file names
     * @param compressionLevel the gzip level, or -1 for the default
     * @param workers          the threads that compress
     * @param threads          how many of them to keep busy
     */
    static void write(Path target, String stem, List<Path> files, int compressionLevel, ExecutorService workers,
                      int threads) throws IOException {
        List<Path> sorted = files.stream().sorted(Comparator.comparing(path -> path.getFileName().toString())).toList();
        OutputStream raw = new BufferedOutputStream(Files.newOutputStream(target), BUFFER_SIZE);
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(
                new ParallelGzipOutputStream(raw, compressionLevel, workers, threads))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            FileTime now = FileTime.from(Instant.now());
            TarArchiveEntry directory = new TarArchiveEntry(stem + "/");
            directory.setMode(TarArchiveEntry.DEFAULT_DIR_MODE);
            directory.setModTime(now);
            tar.putArchiveEntry(directory);
            tar.closeArchiveEntry();
            for (Path file : sorted) {
                // Built from the name, not the file, so that no file-system attributes become PAX headers.
                TarArchiveEntry entry = new TarArchiveEntry(stem + "/" + file.getFileName());
                entry.setMode(TarArchiveEntry.DEFAULT_FILE_MODE);
                entry.setModTime(now);
                entry.setSize(Files.size(file));
                tar.putArchiveEntry(entry);
                Files.copy(file, tar);
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }
}
