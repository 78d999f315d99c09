package org.dataregistry.ocds.read;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Turns a raw stream into the JSON texts it holds, recognising compression by its first bytes
 * (not by the file name, which is often wrong): gzip yields its decompressed content, a zip
 * archive yields every file entry in order, anything else is taken as JSON text. Containers
 * nest: a {@code .gz} entry of a {@code .zip} is decompressed too.
 */
final class Unpacker {

    private static final int BUFFER_SIZE = 64 * 1024;

    private Unpacker() {
    }

    /**
     * The JSON texts in {@code raw}, lazily: each must be read to its end before asking for the next.
     *
     * @throws OcdsReadException if a gzip header is corrupt
     */
    static Iterator<NamedInput> unpack(String name, InputStream raw) {
        BufferedInputStream in = new BufferedInputStream(new OneReadAtATime(raw), BUFFER_SIZE);
        try {
            byte[] magic = peek(in, 4);
            if (magic.length >= 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B) {
                return unpack(name, new GZIPInputStream(in, BUFFER_SIZE));
            }
            if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                return new ZipEntries(name, new ZipArchiveInputStream(in));
            }
            return List.of(new NamedInput(name, in)).iterator();
        } catch (IOException e) {
            throw new OcdsReadException(SourcePosition.of(name), "cannot read: " + e.getMessage(), e);
        }
    }

    private static byte[] peek(BufferedInputStream in, int count) throws IOException {
        in.mark(count);
        byte[] magic = in.readNBytes(count);
        in.reset();
        return magic;
    }

    /** The file entries of a zip archive, each unpacked in turn. */
    private static final class ZipEntries implements Iterator<NamedInput> {

        private final String archiveName;
        private final ZipArchiveInputStream zip;
        private Iterator<NamedInput> entry = List.<NamedInput>of().iterator();

        ZipEntries(String archiveName, ZipArchiveInputStream zip) {
            this.archiveName = archiveName;
            this.zip = zip;
        }

        @Override
        public boolean hasNext() {
            while (!entry.hasNext()) {
                ZipArchiveEntry next = nextFileEntry();
                if (next == null) {
                    return false;
                }
                entry = unpack(archiveName + "!/" + next.getName(), new KeepOpen(zip));
            }
            return true;
        }

        @Override
        public NamedInput next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return entry.next();
        }

        private ZipArchiveEntry nextFileEntry() {
            try {
                ZipArchiveEntry next;
                do {
                    next = zip.getNextEntry();
                } while (next != null && next.isDirectory());
                return next;
            } catch (IOException | UncheckedIOException e) {
                throw new OcdsReadException(SourcePosition.of(archiveName),
                        "truncated or corrupt zip archive: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Says nothing is available, so that a buffered read returns what one read gave: a buffered read otherwise reads
     * again while {@code available() > 0} (always, on a {@code GZIPInputStream} before its end), and when that
     * read fails on a truncated {@code .gz}, throws away what the first read gave, so that the failure is
     * reported up to a buffer's worth of text before where the readable data ends.
     */
    private static final class OneReadAtATime extends FilterInputStream {

        OneReadAtATime(InputStream in) {
            super(in);
        }

        @Override
        public int available() {
            return 0;
        }
    }

    /** An entry's stream, which must not close the archive when the entry's parser closes it. */
    private static final class KeepOpen extends FilterInputStream {

        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The archive stays open for the next entry; OcdsReader closes it.
        }
    }
}
