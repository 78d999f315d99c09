package org.dataregistry.collect;

import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.dataregistry.job.JobFiles;
import org.dataregistry.process.SourceLimits;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskHeartbeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

@Component
@EnableConfigurationProperties({DownloadProperties.class, SourceLimits.class})
public class CollectActivitiesImpl implements CollectActivities {

    private static final Logger log = LoggerFactory.getLogger(CollectActivitiesImpl.class);
    private static final int BUFFER_SIZE = 64 * 1024;
    /** The heartbeat's unit: a page is a response stored. */
    static final String PAGES = "pages downloaded";

    private final JobFiles jobFiles;
    private final DownloadProperties properties;
    private final SourceClient source;
    private final OwnSource ownSource;
    private final CompressionRatioCheck ratioCheck;

    public CollectActivitiesImpl(JobFiles jobFiles, DownloadProperties properties) {
        this(jobFiles, properties, Optional.empty(), SourceLimits.defaults());
    }

    /**
     * @param ownSource the app's own demo source, reachable on loopback without {@code allowed-hosts}
     * @param limits    what a source's data may not exceed: a gzip response's compression ratio is checked as soon
     *                  as it is stored
     */
    @Autowired
    public CollectActivitiesImpl(
            JobFiles jobFiles, DownloadProperties properties, Optional<OwnSource> ownSource, SourceLimits limits) {
        this.jobFiles = jobFiles;
        this.properties = properties;
        this.source = new SourceClient(properties);
        this.ownSource = ownSource.orElse(Optional::empty);
        this.ratioCheck = new CompressionRatioCheck(limits.maxCompressionRatio());
    }

    @Override
    public DownloadResult download(DownloadRequest request) {
        URI sourceUrl = SourceClient.httpUrl(request.sourceUrl(), "The source URL");
        Path target = jobFiles.collectDir(request.jobId());
        try (TaskHeartbeat heartbeat = TaskHeartbeat.start(PAGES);
                StagingDirectory staging = StagingDirectory.beside(target)) {
            try {
                DownloadResult result = new Pages(request.jobId(), staging.path(), heartbeat).download(sourceUrl);
                staging.replaceTarget();
                log.info(
                        "Job {}: downloaded {} pages, {} bytes, from {}",
                        request.jobId(),
                        result.pages(),
                        result.bytes(),
                        sourceUrl);
                return result;
            } catch (IOException | RuntimeException e) {
                // A read fails, or a page ends short, when a cancellation closes its connection: that is the
                // cancellation, not an error.
                heartbeat.check();
                throw e;
            }
        } catch (IOException e) {
            throw TemporaryFailure.of(e);
        }
    }

    @Override
    public void wipe(long jobId) {
        try {
            StagingDirectory.deleteWithStaged(jobFiles.collectDir(jobId));
        } catch (IOException e) {
            throw TemporaryFailure.of(e);
        }
    }

    /**
     * One attempt at downloading a source's pages into a directory, heartbeating the pages and bytes stored. A stop
     * from Temporal closes the response being read, so that a slow source cannot hold the attempt.
     */
    private final class Pages {

        private final long jobId;
        private final Path directory;
        private final TaskHeartbeat heartbeat;
        private final List<String> files = new ArrayList<>();
        private final Set<URI> seen = new HashSet<>();
        private final AtomicReference<HttpTransport.Response> reading = new AtomicReference<>();
        private long bytes;

        Pages(long jobId, Path directory, TaskHeartbeat heartbeat) {
            this.jobId = jobId;
            this.directory = directory;
            this.heartbeat = heartbeat;
            heartbeat.onStop(this::closeResponse);
        }

        DownloadResult download(URI sourceUrl) throws IOException {
            URI resolvedSourceUrl = null;
            URI lastPageUrl = null;
            for (URI next = sourceUrl; next != null; ) {
                if (files.size() == properties.maxPages()) {
                    throw SourceClient.refused("More than " + properties.maxPages() + " pages from " + sourceUrl);
                }
                seen.add(next);
                Page page = store(next);
                seen.add(page.url());
                resolvedSourceUrl = resolvedSourceUrl == null ? page.url() : resolvedSourceUrl;
                lastPageUrl = page.url();
                heartbeat.done(files.size());
                next = page.kind() == ContentKind.JSON ? nextPage(page) : null;
            }
            return new DownloadResult(
                    jobId, files.size(), files, bytes, resolvedSourceUrl.toString(), lastPageUrl.toString());
        }

        private Page store(URI url) throws IOException {
            long limit = properties.maxResponseSize().toBytes();
            try (HttpTransport.Response response = source.open(url, heartbeat::check, ownSource.base())) {
                reading.set(response);
                heartbeat.check();
                if (response.contentLength().orElse(0) > limit) {
                    throw tooLarge(response.uri());
                }
                InputStream body = response.body();
                byte[] head = sniff(body);
                ContentKind kind = ContentKind.of(head, head.length).orElseThrow(() -> notData(response.uri(), head));
                Path file = directory.resolve(fileName(files.size() + 1, kind));
                long size = head.length;
                try (OutputStream out = Files.newOutputStream(file)) {
                    out.write(head);
                    bytes += head.length;
                    byte[] buffer = new byte[BUFFER_SIZE];
                    for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                        size += read;
                        if (size > limit) {
                            throw tooLarge(response.uri());
                        }
                        out.write(buffer, 0, read);
                        bytes += read;
                        heartbeat.bytes(bytes);
                        heartbeat.check();
                    }
                }
                if (kind == ContentKind.GZIP) {
                    ratioCheck.check(file, response.uri());
                }
                files.add(file.getFileName().toString());
                return new Page(files.size(), file, kind, response.uri());
            } finally {
                reading.set(null);
            }
        }

        /** The start of a body, which tells its content, counted as it comes: a slow source may take minutes. */
        private byte[] sniff(InputStream body) throws IOException {
            byte[] head = new byte[ContentKind.SNIFF_LENGTH];
            int length = 0;
            for (int read = 0; read >= 0 && length < head.length; ) {
                read = body.read(head, length, head.length - length);
                length += Math.max(read, 0);
                heartbeat.bytes(bytes + length);
                heartbeat.check();
            }
            return Arrays.copyOf(head, length);
        }

        private void closeResponse() {
            HttpTransport.Response response = reading.get();
            if (response != null) {
                try {
                    response.close();
                } catch (IOException e) {
                    // The read it was blocking fails either way.
                }
            }
        }

        private URI nextPage(Page page) throws IOException {
            String link;
            try {
                link = NextLink.of(page.file()).orElse(null);
            } catch (JacksonException e) {
                throw ApplicationFailure.newNonRetryableFailure(
                        "Page " + page.number() + " (" + page.url() + ") is not valid JSON: " + e.getOriginalMessage(),
                        FailureTypes.INVALID_DATA);
            }
            if (link == null) {
                return null;
            }
            URI next = SourceClient.httpUrl(resolve(page.url(), link), "The links.next of page " + page.number());
            if (seen.contains(next)) {
                throw SourceClient.refused(
                        "The links.next of page " + page.number() + " leads back to a page already read: " + next);
            }
            return next;
        }

        private String fileName(int number, ContentKind kind) {
            int width = Math.max(4, String.valueOf(properties.maxPages()).length());
            return String.format("%0" + width + "d", number) + kind.extension();
        }

        private ApplicationFailure tooLarge(URI url) {
            return SourceClient.refused("The response from " + url + " is larger than "
                    + properties.maxResponseSize().toMegabytes() + " MB (data-registry.download.max-response-size)");
        }

        private static ApplicationFailure notData(URI url, byte[] head) {
            String start = new String(head, 0, Math.min(head.length, 40), StandardCharsets.UTF_8)
                    .replaceAll("\\p{Cntrl}", " ")
                    .strip();
            return ApplicationFailure.newNonRetryableFailure(
                    head.length == 0
                            ? "The response from " + url + " is empty"
                            : "The response from " + url
                                    + " is neither JSON nor a gzip or zip archive; it starts with: " + start,
                    FailureTypes.INVALID_DATA);
        }

        private static String resolve(URI base, String link) {
            try {
                return base.resolve(link.strip()).toString();
            } catch (IllegalArgumentException e) {
                return link;
            }
        }
    }

    /** A page stored: its number, file, content and the URL it came from. */
    private record Page(int number, Path file, ContentKind kind, URI url) {}
}
