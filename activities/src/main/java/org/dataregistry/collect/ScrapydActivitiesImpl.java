package org.dataregistry.collect;

import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dataregistry.job.TaskNotes;
import org.dataregistry.settings.Setting;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

@Component
@EnableConfigurationProperties(ScrapydProperties.class)
public class ScrapydActivitiesImpl implements ScrapydActivities {

    /** How long to wait for Scrapyd to connect, and then for each answer or silence while reading a log. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ScrapydActivitiesImpl.class);
    private static final int NOT_FOUND = 404;

    private final ScrapydProperties properties;
    private final CrawlSettings crawlSettings;
    private final TaskNotes taskNotes;
    private final ScrapydClient scrapyd;

    public ScrapydActivitiesImpl(ScrapydProperties properties, CrawlSettings crawlSettings, TaskNotes taskNotes) {
        this.properties = properties;
        this.crawlSettings = crawlSettings;
        this.taskNotes = taskNotes;
        this.scrapyd = new ScrapydClient(properties, TIMEOUT);
    }

    @Override
    public ScheduledCrawl schedule(CrawlRequest request) {
        return withScrapyd(() -> {
            String scrapydJobId = request.scrapydJobId();
            Optional<String> state = scrapyd.state(scrapydJobId);
            if (state.isPresent()) {
                log.info(
                        "Job {}: Scrapyd job {} is already scheduled ({})", request.jobId(), scrapydJobId, state.get());
            } else {
                List<Setting> bundle = crawlSettings
                        .forJob(request.jobId())
                        .orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                                "Job " + request.jobId() + " does not exist", FailureTypes.INPUT_MISSING));
                // Bundles saved before the allowlist existed may still carry a dangerous setting.
                for (Setting setting : bundle) {
                    Optional<String> refusal = Setting.refusal(setting.key());
                    if (refusal.isPresent()) {
                        throw ApplicationFailure.newNonRetryableFailure(
                                "The publication's settings bundle was not " + "sent to Scrapyd: " + refusal.get(),
                                FailureTypes.CONFIGURATION);
                    }
                }
                List<String> settings =
                        bundle.stream().map(Setting::asScrapydArgument).toList();
                scrapydJobId = scrapyd.schedule(request.spider(), scrapydJobId, settings);
                log.info(
                        "Job {}: scheduled Scrapyd job {} of spider {}",
                        request.jobId(),
                        scrapydJobId,
                        request.spider());
            }
            return new ScheduledCrawl(
                    request.jobId(),
                    request.spider(),
                    scrapydJobId,
                    scrapyd.logUrl(request.spider(), scrapydJobId).toString());
        });
    }

    @Override
    public CrawlResult awaitCrawl(ScheduledCrawl crawl) {
        return withScrapyd(() -> {
            String state = scrapyd.state(crawl.scrapydJobId())
                    .orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                            "No status for Scrapyd job " + crawl.scrapydJobId(), FailureTypes.CRAWL_FAILED));
            return switch (state) {
                case "pending" -> throw stillRunning(crawl, "pending", progress(crawl, Optional.empty()));
                case "running" ->
                    throw stillRunning(
                            crawl, "running", progress(crawl, readStartedLog(crawl, CreatedCollection::firstIn)));
                case "finished" -> judge(crawl);
                default ->
                    throw ApplicationFailure.newNonRetryableFailure(
                            "Unknown status '" + state + "' for Scrapyd job " + crawl.scrapydJobId(),
                            FailureTypes.EXTERNAL_SERVICE_ERROR);
            };
        });
    }

    @Override
    public CrawlProgress readProgress(ScheduledCrawl crawl) {
        return withScrapyd(() -> {
            try {
                return progress(crawl, scrapyd.readLog(URI.create(crawl.logUrl()), CreatedCollection::firstIn));
            } catch (HttpStatusException e) {
                if (e.status() == NOT_FOUND) {
                    return progress(crawl, Optional.empty());
                }
                throw e;
            }
        });
    }

    @Override
    public void cancel(ScheduledCrawl crawl) {
        withScrapyd(() -> cancel(crawl.jobId(), crawl.scrapydJobId()));
    }

    @Override
    public CrawlWipeResult wipe(CrawlWipeRequest request) {
        return withScrapyd(() -> {
            if (request.scrapydJobId() != null) {
                cancel(request.jobId(), request.scrapydJobId());
            }
            if (request.dataVersion() == null) {
                log.warn("Job {}: Unable to wipe crawl (data version is not set)", request.jobId());
                return new CrawlWipeResult(
                        request.jobId(), false, "Nothing to delete: the crawl's data version is not set");
            }
            Optional<Path> filesStore = properties.filesStoreDirectory();
            if (filesStore.isEmpty()) {
                log.warn("Job {}: Unable to wipe crawl (KINGFISHER_COLLECT_FILES_STORE is not set)", request.jobId());
                return new CrawlWipeResult(
                        request.jobId(), false, "Nothing to delete: KINGFISHER_COLLECT_FILES_STORE is not set");
            }
            CrawlDirectory crawl = CrawlDirectory.of(filesStore.get(), request.spider(), request.dataVersion());
            boolean deleted = crawl.delete();
            log.info("Job {}: wiped crawl {}", request.jobId(), crawl.path());
            return new CrawlWipeResult(
                    request.jobId(), deleted, (deleted ? "Deleted " : "Already deleted: ") + crawl.path());
        });
    }

    /**
     * Runs a call to Scrapyd, which must be configured: HTTP and connection errors are temporary, Scrapyd's own errors
     * permanent.
     */
    private <T> T withScrapyd(ScrapydCall<T> call) {
        properties.missingSetting().ifPresent(missing -> {
            throw ApplicationFailure.newNonRetryableFailure(missing, FailureTypes.CONFIGURATION);
        });
        try {
            return call.call();
        } catch (IOException e) {
            throw TemporaryFailure.of(e);
        } catch (ScrapydException e) {
            throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), FailureTypes.EXTERNAL_SERVICE_ERROR);
        }
    }

    @FunctionalInterface
    private interface ScrapydCall<T> {
        T call() throws IOException, ScrapydException;
    }

    private Optional<String> cancel(long jobId, String scrapydJobId) throws IOException, ScrapydException {
        Optional<String> previous = scrapyd.cancel(scrapydJobId);
        log.info("Job {}: cancelled Scrapyd job {} ({})", jobId, scrapydJobId, previous.orElse("not running"));
        return previous;
    }

    /** Reads the log of a crawl that started, which must have one. */
    private <T> T readStartedLog(ScheduledCrawl crawl, ScrapydClient.LogReader<T> reader) throws IOException {
        try {
            return scrapyd.readLog(URI.create(crawl.logUrl()), reader);
        } catch (HttpStatusException e) {
            if (e.status() == NOT_FOUND) {
                throw ApplicationFailure.newNonRetryableFailure(
                        "Scrapyd job started but no Scrapy log written", FailureTypes.CRAWL_FAILED);
            }
            throw e;
        }
    }

    private CrawlResult judge(ScheduledCrawl crawl) throws IOException {
        ScrapyLog scrapyLog = readStartedLog(crawl, ScrapyLog::read);
        CreatedCollection collection = scrapyLog.createdCollection();
        if (collection == null) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "Unable to retrieve collection ID and data version from Scrapy log", FailureTypes.CRAWL_FAILED);
        }
        CrawlLogAnalysis analysis = CrawlLogAnalysis.of(scrapyLog);
        List<String> warnings = analysis.adminWarnings();
        if (!warnings.isEmpty()) {
            log.warn("Job {} has warnings\n    {}", crawl.jobId(), String.join("\n    ", warnings));
        }
        taskNotes.replace(crawl.jobId(), TaskType.COLLECT, analysis.notes());
        return new CrawlResult(
                crawl.jobId(),
                collection.processId(),
                collection.dataVersion(),
                scrapyLog.errorRate().value(),
                analysis.failureReason(),
                analysis.notes().size());
    }

    private static CrawlProgress progress(ScheduledCrawl crawl, Optional<CreatedCollection> collection) {
        return new CrawlProgress(
                crawl.jobId(),
                collection.map(CreatedCollection::processId).orElse(null),
                collection.map(CreatedCollection::dataVersion).orElse(null));
    }

    private static ApplicationFailure stillRunning(ScheduledCrawl crawl, String state, CrawlProgress progress) {
        String message = "Scrapyd job " + crawl.scrapydJobId() + " is " + state;
        if (progress.collectionCreated()) {
            message += " (Kingfisher Process collection " + progress.processId() + ", data version "
                    + progress.dataVersion() + ")";
        }
        return ApplicationFailure.newFailure(message, FailureTypes.STILL_RUNNING, progress);
    }
}
