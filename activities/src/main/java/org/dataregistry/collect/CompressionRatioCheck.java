package org.dataregistry.collect;

import io.temporal.failure.ApplicationFailure;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dataregistry.ocds.read.UnpackLimits;
import org.dataregistry.task.FailureTypes;

/**
 * Refuses a stored gzip response that decompresses to more than {@code maxRatio} times its size: a decompression
 * bomb (a 2 MB {@code .gz} of a gigabyte of empty packages) fails the collect task in well under a second instead of
 * keeping the process task parsing for minutes. Only the start of the response is decompressed, at most {@link
 * #WINDOW} bytes, and nothing of it is kept: a bomb's ratio shows from its first bytes, and the process task, which
 * decompresses everything, checks the ratio, the sizes and the nesting of archives again.
 */
final class CompressionRatioCheck {

    /** The setting of the ratio, as the environment spells it, which the note names. */
    static final String SETTING = "DATA_REGISTRY_LIMITS_MAX_COMPRESSION_RATIO";
    /** The most bytes decompressed to check one response: a fraction of a second's work. */
    static final long WINDOW = 4 * UnpackLimits.RATIO_FLOOR;

    private static final int BUFFER_SIZE = 8 * 1024;

    private final long maxRatio;

    /** @param maxRatio the most bytes decompressed per byte stored, judged once {@link UnpackLimits#RATIO_FLOOR}
     *     bytes were decompressed */
    CompressionRatioCheck(long maxRatio) {
        this.maxRatio = maxRatio;
    }

    /**
     * Checks the gzip file {@code file}, stored from {@code url}.
     *
     * @throws ApplicationFailure ({@code InvalidData}, not retried) when its ratio is above the limit
     */
    void check(Path file, URI url) throws IOException {
        try (Counted stored = new Counted(Files.newInputStream(file));
                InputStream text = new GZIPInputStream(stored, BUFFER_SIZE)) {
            byte[] buffer = new byte[64 * 1024];
            long decompressed = 0;
            for (int read = text.read(buffer); read >= 0 && decompressed < WINDOW; read = text.read(buffer)) {
                decompressed += read;
                if (decompressed > UnpackLimits.RATIO_FLOOR && decompressed / Math.max(1, stored.count) > maxRatio) {
                    throw ApplicationFailure.newNonRetryableFailure(
                            "The response from " + url
                                    + " decompresses to more than " + maxRatio
                                    + " times its size (a decompression bomb?); "
                                    + "the limit is the setting " + SETTING,
                            FailureTypes.INVALID_DATA);
                }
            }
        } catch (ZipException | EOFException e) {
            // A damaged or truncated archive is the process task's to report, with the position where its data ends.
        }
    }

    /** The bytes read from the stored file so far. */
    private static final class Counted extends FilterInputStream {
        private long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            count += read < 0 ? 0 : 1;
            return read;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int read = super.read(bytes, offset, length);
            count += Math.max(read, 0);
            return read;
        }
    }
}
