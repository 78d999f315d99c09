package org.dataregistry.process;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dataregistry.ocds.StagedFile;
import org.dataregistry.ocds.compile.CompiledOutput;

/**
 * Writes a job's compiled file under a temporary name, noting what the compiled releases say about the publication
 * as they pass: the range of their dates and the greatest OCID's prefix, as Kingfisher Process's metadata does.
 * Only {@link #commit()} puts the file in place (replacing an earlier one); closing without it leaves any earlier
 * file as it was. Releases come in OCID order. Not thread-safe.
 */
final class CompiledFileWriter implements CompiledOutput, AutoCloseable {

    private static final int BUFFER_SIZE = 1 << 16;
    private static final int OCID_PREFIX_LENGTH = 11;
    private static final String EPOCH = "1970-01-01";

    private final StagedFile staged;
    private final OutputStream out;
    private final String today;
    private String dateFrom;
    private String dateTo;
    private String greatestOcid;

    private CompiledFileWriter(StagedFile staged, OutputStream out, LocalDate today) {
        this.staged = staged;
        this.out = out;
        this.today = today.toString();
    }

    /** @param today the last release date the date range counts */
    static CompiledFileWriter open(Path target, LocalDate today) {
        try {
            Files.createDirectories(target.getParent());
            StagedFile staged = StagedFile.of(target);
            return new CompiledFileWriter(
                    staged, new BufferedOutputStream(Files.newOutputStream(staged.temporary()), BUFFER_SIZE), today);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + target, e);
        }
    }

    @Override
    public void write(String ocid, String date, byte[] json) {
        try {
            out.write(json);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + staged.temporary(), e);
        }
        if (greatestOcid == null || ocid.compareTo(greatestOcid) > 0) {
            greatestOcid = ocid;
        }
        if (date != null
                && date.compareTo(EPOCH) > 0
                && date.substring(0, Math.min(date.length(), EPOCH.length())).compareTo(today) <= 0) {
            dateFrom = dateFrom == null || date.compareTo(dateFrom) < 0 ? date : dateFrom;
            dateTo = dateTo == null || date.compareTo(dateTo) > 0 ? date : dateTo;
        }
    }

    /** Completes the file and puts it in place, replacing an earlier one. */
    void commit() {
        try {
            out.close();
            staged.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not complete " + staged.target(), e);
        }
    }

    /** The earliest compiled release date in (1970-01-01, today], as an ISO date, or null. */
    String dateFrom() {
        return DatePart.of(dateFrom);
    }

    /** The latest compiled release date in (1970-01-01, today], as an ISO date, or null. */
    String dateTo() {
        return DatePart.of(dateTo);
    }

    /** The first 11 characters of the greatest OCID, or "". */
    String ocidPrefix() {
        return greatestOcid == null
                ? ""
                : greatestOcid.substring(0, Math.min(greatestOcid.length(), OCID_PREFIX_LENGTH));
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            staged.close();
        }
    }
}
