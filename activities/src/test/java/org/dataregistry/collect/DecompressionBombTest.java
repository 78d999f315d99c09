package org.dataregistry.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataregistry.collect.ActivityRunner.assertPermanent;
import static org.dataregistry.collect.ActivityRunner.failureOf;
import static org.dataregistry.collect.StubServer.ok;

import io.temporal.failure.ApplicationFailure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dataregistry.job.JobFiles;
import org.dataregistry.ocds.read.UnpackLimits;
import org.dataregistry.process.TestJobRows;
import org.dataregistry.task.FailureTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A decompression bomb from a source: a small {@code .gz} (2 MB on the wire) of 1 GiB of empty release packages,
 * served on 127.0.0.1 (allowed by the tests' {@code allowed-hosts}) and collected by the app's own download activity
 * as a job runs it. The collect task fails for good within seconds, its note naming the limit, and keeps nothing.
 */
@SpringBootTest
@Timeout(60)
class DecompressionBombTest {

    private static final long DECOMPRESSED = 1L << 30;
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Autowired
    CollectActivities download;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobFiles files;

    private final StubServer source = StubServer.start();
    private final ActivityRunner temporal = new ActivityRunner();
    private TestJobRows jobs;

    @BeforeEach
    void setUp() {
        jobs = new TestJobRows(jdbc);
    }

    @AfterEach
    void tearDown() {
        temporal.close();
        source.close();
        jobs.deleteAll();
    }

    @Test
    void aDecompressionBombFailsTheCollectTaskWithinSecondsNamingTheLimit() {
        byte[] bomb = gzipOfRepeated("{\"releases\":[]}\n", DECOMPRESSED);
        assertThat(bomb.length).as("small on the wire").isLessThan(4 << 20);
        source.on("/ocds.json.gz", ok(bomb));
        long job = jobs.job();
        CollectActivities collect = temporal.stub(CollectActivities.class, download);

        long start = System.nanoTime();
        ApplicationFailure failure = failureOf(() -> collect.download(
                new DownloadRequest(job, source.url("/ocds.json.gz").toString())));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertPermanent(failure, FailureTypes.INVALID_DATA);
        assertThat(failure.getOriginalMessage())
                .contains("decompresses to more than 250 times its size", "DATA_REGISTRY_LIMITS_MAX_COMPRESSION_RATIO");
        assertThat(took).as("failed in %s", took).isLessThan(WITHIN);
        assertThat(files.collectDir(job)).as("nothing kept").doesNotExist();
    }

    @Test
    void aGzipOfOrdinaryReleasesIsCollected() throws IOException {
        byte[] gzip = gzip(releasePackages(UnpackLimits.RATIO_FLOOR + (4 << 20)));
        source.on("/ocds.json.gz", ok(gzip));
        CollectActivities collect = temporal.stub(CollectActivities.class, download);

        DownloadResult collected = collect.download(
                new DownloadRequest(jobs.job(), source.url("/ocds.json.gz").toString()));

        assertThat(collected.bytes()).isEqualTo(gzip.length);
    }

    @Test
    void theBombIsAValidGzipOfItsSize() throws IOException {
        byte[] small = gzipOfRepeated("{\"releases\":[]}\n", 3 << 20);

        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(small))) {
            byte[] text = in.readAllBytes();
            assertThat(text).hasSizeBetween((3 << 20) - (1 << 20), 3 << 20);
            assertThat(new String(text, 0, 32, StandardCharsets.UTF_8)).startsWith("{\"releases\":[]}\n{\"releases\"");
        }
    }

    /** JSON Lines of release packages, each with its own OCID, date and amount, to about {@code size} bytes. */
    private static byte[] releasePackages(long size) {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        Random random = new Random(11);
        for (int i = 0; lines.size() < size; i++) {
            lines.writeBytes(("{\"uri\":\"https://example.com/" + i + "\",\"releases\":[{\"ocid\":\"ocds-213czf-"
                            + random.nextInt(1_000_000) + "\",\"id\":\"" + Long.toHexString(random.nextLong())
                            + "\",\"date\":\"20" + (10 + random.nextInt(15)) + "-0" + (1 + random.nextInt(9)) + "-1"
                            + random.nextInt(10) + "T00:00:00Z\",\"tag\":[\"award\"],\"awards\":[{\"id\":\""
                            + random.nextInt() + "\",\"value\":{\"amount\":" + random.nextInt(10_000_000)
                            + ",\"currency\":\"EUR\"}}]}]}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return lines.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    /**
     * A gzip file of {@code text} repeated to {@code size} bytes, made without compressing them all: one chunk is
     * deflated and flushed to a byte boundary (no back-reference crosses it), and its blocks are repeated.
     */
    static byte[] gzipOfRepeated(String text, long size) {
        byte[] unit = text.getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[(1 << 20) / unit.length * unit.length];
        for (int at = 0; at < chunk.length; at += unit.length) {
            System.arraycopy(unit, 0, chunk, at, unit.length);
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(chunk);
        byte[] blocks = deflateAll(deflater, Deflater.FULL_FLUSH);
        deflater.finish();
        byte[] last = deflateAll(deflater, Deflater.NO_FLUSH);
        deflater.end();

        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        gzip.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
        CRC32 crc = new CRC32();
        long chunks = size / chunk.length;
        for (long i = 0; i < chunks; i++) {
            gzip.writeBytes(blocks);
            crc.update(chunk);
        }
        gzip.writeBytes(last);
        gzip.writeBytes(ByteBuffer.allocate(8)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt((int) crc.getValue())
                .putInt((int) (chunks * chunk.length))
                .array());
        return gzip.toByteArray();
    }

    private static byte[] deflateAll(Deflater deflater, int flush) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int length;
        do {
            length = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, length);
        } while (length == buffer.length || flush == Deflater.NO_FLUSH && !deflater.finished());
        return out.toByteArray();
    }
}
