package org.dataregistry.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataregistry.collect.ActivityRunner.assertPermanent;
import static org.dataregistry.collect.ActivityRunner.failureOf;
import static org.dataregistry.collect.StubServer.json;
import static org.dataregistry.collect.StubServer.ok;
import static org.dataregistry.collect.StubServer.status;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.dataregistry.job.TaskNotes;
import org.dataregistry.settings.Setting;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/** The Scrapyd backend against a stub Scrapyd on 127.0.0.1, run as Temporal runs it. */
class ScrapydActivitiesImplTest {

    private static final long JOB = 7;
    private static final String SPIDER = "argentina_vialidad";
    private static final String SCRAPYD_JOB = "275ae0e4de9d11ef989ca036bccb3328";
    private static final String NO_SUCH_JOB = "{\"node_name\": \"n1\", \"status\": \"ok\", \"currstate\": null}";

    @TempDir
    Path filesStore;

    private final StubServer scrapyd = StubServer.start();
    private final ActivityRunner temporal = new ActivityRunner();
    private final CrawlSettings crawlSettings = mock(CrawlSettings.class);
    private final TaskNotes taskNotes = mock(TaskNotes.class);

    @AfterEach
    void stop() {
        temporal.close();
        scrapyd.close();
    }

    @Test
    void schedulesTheSpidersCompileStepUnderTheWorkflowsJobId() {
        when(crawlSettings.forJob(JOB)).thenReturn(Optional.of(List.of()));
        scrapyd.on("/status.json", json(NO_SUCH_JOB))
                .on("/schedule.json", json("{\"status\": \"ok\", \"jobid\": \"" + SCRAPYD_JOB + "\"}"));

        ScheduledCrawl crawl = activities().schedule(new CrawlRequest(JOB, SPIDER, SCRAPYD_JOB));

        assertThat(crawl)
                .isEqualTo(new ScheduledCrawl(
                        JOB, SPIDER, SCRAPYD_JOB, url("/logs/kingfisher/" + SPIDER + "/" + SCRAPYD_JOB + ".log")));
        assertThat(form(scrapyd.requests("/schedule.json").getFirst().body()))
                .containsExactly("project=kingfisher", "spider=" + SPIDER, "jobid=" + SCRAPYD_JOB, "steps=compile");
        assertThat(scrapyd.requests())
                .extracting(StubServer.Request::path)
                .containsExactly("/status.json", "/schedule.json");
        assertThat(scrapyd.requests("/status.json").getFirst().query()).isEqualTo("job=" + SCRAPYD_JOB);
    }

    @Test
    void passesTheSettingsBundleOneSettingFieldEach() {
        when(crawlSettings.forJob(JOB))
                .thenReturn(Optional.of(List.of(
                        new Setting("CF_CLEARANCE", "cookie-value"),
                        new Setting("CF_IMPERSONATE", "chrome"),
                        new Setting("CF_USER_AGENT", "Mozilla/5.0 RealChrome"))));
        scrapyd.on("/status.json", json(NO_SUCH_JOB))
                .on("/schedule.json", json("{\"status\": \"ok\", \"jobid\": \"" + SCRAPYD_JOB + "\"}"));

        activities().schedule(new CrawlRequest(JOB, SPIDER, SCRAPYD_JOB));

        assertThat(form(scrapyd.requests("/schedule.json").getFirst().body()))
                .endsWith(
                        "steps=compile",
                        "setting=CF_CLEARANCE=cookie-value",
                        "setting=CF_IMPERSONATE=chrome",
                        "setting=CF_USER_AGENT=Mozilla/5.0 RealChrome");
    }

    @Test
    void aBundleSavedBeforeTheAllowlistWithADangerousSettingIsNotSent() {
        when(crawlSettings.forJob(JOB))
                .thenReturn(Optional.of(List.of(
                        new Setting("CF_CLEARANCE", "cookie-value"),
                        new Setting("ITEM_PIPELINES", "{\"os.system\": 1}"))));
        scrapyd.on("/status.json", json(NO_SUCH_JOB));

        ApplicationFailure failure = failureOf(() -> activities().schedule(new CrawlRequest(JOB, SPIDER, SCRAPYD_JOB)));

        assertPermanent(failure, FailureTypes.CONFIGURATION);
        assertThat(failure.getOriginalMessage())
                .startsWith("The publication's settings bundle was not sent to Scrapyd: ITEM_PIPELINES is not allowed");
        assertThat(scrapyd.requests("/schedule.json")).isEmpty();
    }

    @Test
    void schedulingAgainWithTheSameJobIdFindsTheCrawlInsteadOfStartingAnother() {
        when(crawlSettings.forJob(JOB)).thenReturn(Optional.of(List.of()));
        scrapyd.on("/status.json", json(NO_SUCH_JOB), json("{\"status\": \"ok\", \"currstate\": \"pending\"}"))
                .on("/schedule.json", json("{\"status\": \"ok\", \"jobid\": \"" + SCRAPYD_JOB + "\"}"));
        ScrapydActivities activities = activities();

        ScheduledCrawl first = activities.schedule(new CrawlRequest(JOB, SPIDER, SCRAPYD_JOB));
        ScheduledCrawl again = activities.schedule(new CrawlRequest(JOB, SPIDER, SCRAPYD_JOB));

        assertThat(again).isEqualTo(first);
        assertThat(scrapyd.requests("/schedule.json")).hasSize(1);
    }

    @Test
    void anErrorFromScrapydIsPermanent() {
        when(crawlSettings.forJob(JOB)).thenReturn(Optional.of(List.of()));
        scrapyd.on("/status.json", json(NO_SUCH_JOB))
                .on(
                        "/schedule.json",
                        json(
                                "{\"node_name\": \"n1\", \"status\": \"error\", \"message\": \"spider 'nope' not found\"}"));

        ApplicationFailure failure = failureOf(() -> activities().schedule(new CrawlRequest(JOB, "nope", SCRAPYD_JOB)));

        assertPermanent(failure, FailureTypes.EXTERNAL_SERVICE_ERROR);
        assertThat(failure.getOriginalMessage()).isEqualTo("Scrapyd refused schedule.json: spider 'nope' not found");
    }

    @Test
    void anHttpErrorFromScrapydIsTemporary() {
        scrapyd.on("/status.json", status(503));

        ApplicationFailure failure = failureOf(() -> activities().schedule(new CrawlRequest(JOB, SPIDER, SCRAPYD_JOB)));

        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getOriginalMessage()).isEqualTo("HTTP 503 from " + url("/status.json?job=" + SCRAPYD_JOB));
    }

    @Test
    void withoutScrapydConfiguredTheTaskCannotRun() {
        ScrapydActivities activities = temporal.stub(
                ScrapydActivities.class,
                new ScrapydActivitiesImpl(new ScrapydProperties("", "kingfisher", null), crawlSettings, taskNotes));

        ApplicationFailure failure = failureOf(() -> activities.schedule(new CrawlRequest(JOB, SPIDER, SCRAPYD_JOB)));

        assertPermanent(failure, FailureTypes.CONFIGURATION);
        assertThat(failure.getOriginalMessage()).isEqualTo("SCRAPYD_URL is not set");
    }

    @Test
    void aBaseUrlWithAPathWorksWithAndWithoutTheTrailingSlash() {
        when(crawlSettings.forJob(JOB)).thenReturn(Optional.of(List.of()));
        scrapyd.on("/scrapyd/status.json", json(NO_SUCH_JOB))
                .on("/scrapyd/schedule.json", json("{\"status\": \"ok\", \"jobid\": \"" + SCRAPYD_JOB + "\"}"));

        for (String base : List.of(url("/scrapyd"), url("/scrapyd/"))) {
            ScrapydActivitiesImpl implementation = new ScrapydActivitiesImpl(
                    new ScrapydProperties(base, "kingfisher", null), crawlSettings, taskNotes);
            try (ActivityRunner runner = new ActivityRunner()) {
                ScheduledCrawl crawl = runner.stub(ScrapydActivities.class, implementation)
                        .schedule(new CrawlRequest(JOB, SPIDER, SCRAPYD_JOB));
                assertThat(crawl.logUrl())
                        .isEqualTo(url("/scrapyd/logs/kingfisher/" + SPIDER + "/" + SCRAPYD_JOB + ".log"));
            }
        }
        assertThat(scrapyd.requests("/scrapyd/schedule.json")).hasSize(2);
    }

    @Test
    void credentialsInTheUrlAuthenticateEveryCallAndStayOutOfTheLogUrl() {
        when(crawlSettings.forJob(JOB)).thenReturn(Optional.of(List.of()));
        scrapyd.on("/status.json", json(NO_SUCH_JOB), json("{\"status\": \"ok\", \"currstate\": \"finished\"}"))
                .on("/schedule.json", json("{\"status\": \"ok\", \"jobid\": \"" + SCRAPYD_JOB + "\"}"))
                .on(logPath(), ok(CollectFixtures.bytes("scrapy-logs/log_file_items.log")));
        String base = "http://kingfisher:s3cret@127.0.0.1:" + scrapyd.url("/").getPort() + "/";
        ScrapydActivities activities = temporal.stub(
                ScrapydActivities.class,
                new ScrapydActivitiesImpl(new ScrapydProperties(base, "kingfisher", null), crawlSettings, taskNotes));

        ScheduledCrawl crawl = activities.schedule(new CrawlRequest(JOB, SPIDER, SCRAPYD_JOB));
        activities.awaitCrawl(crawl);

        assertThat(crawl.logUrl()).isEqualTo(url(logPath()));
        assertThat(scrapyd.requests())
                .hasSize(4)
                .extracting(StubServer.Request::authorization)
                .containsOnly("Basic "
                        + Base64.getEncoder().encodeToString("kingfisher:s3cret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPendingCrawlIsStillRunningWhichIsRetryable() {
        scrapyd.on("/status.json", json("{\"status\": \"ok\", \"currstate\": \"pending\"}"));

        ApplicationFailure failure = failureOf(() -> activities().awaitCrawl(crawl()));

        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getType()).isEqualTo(FailureTypes.STILL_RUNNING);
        assertThat(failure.getOriginalMessage()).isEqualTo("Scrapyd job " + SCRAPYD_JOB + " is pending");
        assertThat(scrapyd.requests(logPath())).isEmpty();
    }

    @Test
    void aRunningCrawlReportsItsKingfisherProcessCollectionOnceLogged() {
        scrapyd.on("/status.json", json("{\"status\": \"ok\", \"currstate\": \"running\"}"))
                .on(logPath(), ok(CollectFixtures.bytes("scrapy-logs/log_file_items.log")));

        ApplicationFailure failure = failureOf(() -> activities().awaitCrawl(crawl()));

        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(failure.getType()).isEqualTo(FailureTypes.STILL_RUNNING);
        assertThat(failure.getOriginalMessage())
                .isEqualTo("Scrapyd job " + SCRAPYD_JOB
                        + " is running (Kingfisher Process collection 469, data version 2025-01-30 00:00:07)");
        assertThat(failure.getDetails().get(CrawlProgress.class))
                .isEqualTo(new CrawlProgress(JOB, "469", "2025-01-30 00:00:07"));
    }

    @Test
    void aRunningCrawlWithoutTheCollectionYetReportsNoProgress() {
        scrapyd.on("/status.json", json("{\"status\": \"ok\", \"currstate\": \"running\"}"))
                .on(logPath(), ok(CollectFixtures.bytes("scrapy-logs/log_in_progress1.log")));

        ApplicationFailure failure = failureOf(() -> activities().awaitCrawl(crawl()));

        assertThat(failure.getOriginalMessage()).isEqualTo("Scrapyd job " + SCRAPYD_JOB + " is running");
        assertThat(failure.getDetails().get(CrawlProgress.class).collectionCreated())
                .isFalse();
    }

    @Test
    void aCrawlScrapydForgotHasFailed() {
        scrapyd.on("/status.json", json(NO_SUCH_JOB));

        ApplicationFailure failure = failureOf(() -> activities().awaitCrawl(crawl()));

        assertPermanent(failure, FailureTypes.CRAWL_FAILED);
        assertThat(failure.getOriginalMessage()).isEqualTo("No status for Scrapyd job " + SCRAPYD_JOB);
    }

    @Test
    void aFinishedCrawlIsJudgedFromItsLog() {
        scrapyd.on("/status.json", json("{\"status\": \"ok\", \"currstate\": \"finished\"}"))
                .on(logPath(), ok(CollectFixtures.bytes("scrapy-logs/log_file_items.log")));

        CrawlResult result = activities().awaitCrawl(crawl());

        assertThat(result).isEqualTo(new CrawlResult(JOB, "469", "2025-01-30 00:00:07", 0.0, null, 0));
        assertThat(result.succeeded()).isTrue();
    }

    @Test
    void aFinishedCrawlThatFailedReturnsTheReasonAndTheNotes() {
        scrapyd.on("/status.json", json("{\"status\": \"ok\", \"currstate\": \"finished\"}"))
                .on(logPath(), ok(CollectFixtures.bytes("scrapy-logs/log_no_file_error_no_data.log")));

        CrawlResult result = activities().awaitCrawl(crawl());

        assertThat(result.processId()).isEqualTo("547");
        assertThat(result.dataVersion()).isEqualTo("2025-02-06 03:40:07");
        assertThat(result.errorRate()).isEqualTo(1.0);
        assertThat(result.failureReason()).isEqualTo("The crawl had a 1.0 error rate");
        assertThat(result.notes()).isEqualTo(122);
        ArgumentCaptor<List<TaskNoteRecord>> stored = ArgumentCaptor.captor();
        verify(taskNotes).replace(eq(JOB), eq(TaskType.COLLECT), stored.capture());
        assertThat(stored.getValue())
                .hasSize(122)
                .allSatisfy(note -> assertThat(note.data().get("type")).isEqualTo("Download errors"));
    }

    @Test
    void aFinishedLogThatNeverNamedItsCollectionFailsTheCrawl() {
        scrapyd.on("/status.json", json("{\"status\": \"ok\", \"currstate\": \"finished\"}"))
                .on(logPath(), ok(CollectFixtures.bytes("scrapy-logs/log1.log")));

        ApplicationFailure failure = failureOf(() -> activities().awaitCrawl(crawl()));

        assertPermanent(failure, FailureTypes.CRAWL_FAILED);
        assertThat(failure.getOriginalMessage())
                .isEqualTo("Unable to retrieve collection ID and data version from Scrapy log");
    }

    @Test
    void aStartedCrawlWithoutALogFailed() {
        scrapyd.on("/status.json", json("{\"status\": \"ok\", \"currstate\": \"finished\"}"))
                .on(logPath(), status(404));

        ApplicationFailure failure = failureOf(() -> activities().awaitCrawl(crawl()));

        assertPermanent(failure, FailureTypes.CRAWL_FAILED);
        assertThat(failure.getOriginalMessage()).isEqualTo("Scrapyd job started but no Scrapy log written");
    }

    @Test
    void aLogThatCannotBeReadNowIsTemporary() {
        scrapyd.on("/status.json", json("{\"status\": \"ok\", \"currstate\": \"finished\"}"))
                .on(logPath(), status(502));

        assertThat(failureOf(() -> activities().awaitCrawl(crawl())).isNonRetryable())
                .isFalse();
    }

    @Test
    void anUnknownStateIsPermanent() {
        scrapyd.on("/status.json", json("{\"status\": \"ok\", \"currstate\": \"paused\"}"));

        ApplicationFailure failure = failureOf(() -> activities().awaitCrawl(crawl()));

        assertPermanent(failure, FailureTypes.EXTERNAL_SERVICE_ERROR);
        assertThat(failure.getOriginalMessage()).isEqualTo("Unknown status 'paused' for Scrapyd job " + SCRAPYD_JOB);
    }

    @Test
    void progressIsReadFromTheLogAndIsEmptyBeforeThereIsOne() {
        ScrapydActivities activities = activities();
        scrapyd.on(logPath(), status(404));
        assertThat(activities.readProgress(crawl())).isEqualTo(new CrawlProgress(JOB, null, null));

        scrapyd.on(logPath(), ok(CollectFixtures.bytes("scrapy-logs/log_no_file_error_no_data.log")));
        assertThat(activities.readProgress(crawl())).isEqualTo(new CrawlProgress(JOB, "547", "2025-02-06 03:40:07"));
    }

    @Test
    void cancelAsksScrapydToStopTheJob() {
        scrapyd.on(
                "/cancel.json",
                json("{\"status\": \"ok\", \"prevstate\": \"running\"}"),
                json("{\"status\": \"ok\", \"prevstate\": null}"));
        ScrapydActivities activities = activities();

        activities.cancel(crawl());
        activities.cancel(crawl());

        assertThat(scrapyd.requests("/cancel.json"))
                .hasSize(2)
                .allSatisfy(request ->
                        assertThat(form(request.body())).containsExactly("project=kingfisher", "job=" + SCRAPYD_JOB));
    }

    @Test
    void wipeCancelsTheCrawlThenDeletesItsDirectoryAndTheEmptySpiderDirectory() throws IOException {
        scrapyd.on("/cancel.json", json("{\"status\": \"ok\", \"prevstate\": null}"));
        Path crawlDirectory = Files.createDirectories(filesStore.resolve(SPIDER).resolve("20250130_000007/380"));
        Files.writeString(crawlDirectory.resolve("all-1.json"), "{}");
        ScrapydActivities activities = activities();
        CrawlWipeRequest request = new CrawlWipeRequest(JOB, SPIDER, SCRAPYD_JOB, "2025-01-30 00:00:07");

        CrawlWipeResult first = activities.wipe(request);
        CrawlWipeResult second = activities.wipe(request);

        assertThat(filesStore.resolve(SPIDER)).doesNotExist();
        assertThat(first.deleted()).isTrue();
        assertThat(first.detail())
                .isEqualTo("Deleted " + filesStore.resolve(SPIDER).resolve("20250130_000007"));
        assertThat(second.deleted()).isFalse();
        assertThat(scrapyd.requests("/cancel.json")).hasSize(2);
    }

    @Test
    void wipeKeepsTheOtherCrawlsOfTheSpider() throws IOException {
        scrapyd.on("/cancel.json", json("{\"status\": \"ok\", \"prevstate\": null}"));
        Files.createDirectories(filesStore.resolve(SPIDER).resolve("20250130_000007"));
        Path other = Files.createDirectories(filesStore.resolve(SPIDER).resolve("20250301_000000"));

        activities().wipe(new CrawlWipeRequest(JOB, SPIDER, SCRAPYD_JOB, "2025-01-30T00:00:07"));

        assertThat(filesStore.resolve(SPIDER).resolve("20250130_000007")).doesNotExist();
        assertThat(other).exists();
    }

    @Test
    void withoutADataVersionThereIsNothingToDelete() throws IOException {
        scrapyd.on("/cancel.json", json("{\"status\": \"ok\", \"prevstate\": \"pending\"}"));
        Path crawlDirectory = Files.createDirectories(filesStore.resolve(SPIDER).resolve("20250130_000007"));

        CrawlWipeResult result = activities().wipe(new CrawlWipeRequest(JOB, SPIDER, SCRAPYD_JOB, null));

        assertThat(result)
                .isEqualTo(new CrawlWipeResult(JOB, false, "Nothing to delete: the crawl's data version is not set"));
        assertThat(crawlDirectory).exists();
        assertThat(scrapyd.requests("/cancel.json")).hasSize(1);
    }

    @Test
    void aDataVersionThatIsNotACrawlTimeDeletesNothing() throws IOException {
        scrapyd.on("/cancel.json", json("{\"status\": \"ok\", \"prevstate\": null}"));
        Path precious = Files.createDirectories(filesStore.resolve("precious"));

        ApplicationFailure failure =
                failureOf(() -> activities().wipe(new CrawlWipeRequest(JOB, SPIDER, SCRAPYD_JOB, "../../precious")));

        assertPermanent(failure, FailureTypes.INVALID_DATA);
        assertThat(precious).exists();
    }

    private ScrapydActivities activities() {
        ScrapydProperties properties = new ScrapydProperties(url(""), "kingfisher", filesStore.toString());
        return temporal.stub(ScrapydActivities.class, new ScrapydActivitiesImpl(properties, crawlSettings, taskNotes));
    }

    private ScheduledCrawl crawl() {
        return new ScheduledCrawl(JOB, SPIDER, SCRAPYD_JOB, url(logPath()));
    }

    private static String logPath() {
        return "/logs/kingfisher/" + SPIDER + "/" + SCRAPYD_JOB + ".log";
    }

    private String url(String path) {
        return scrapyd.url(path).toString();
    }

    /** A form body's fields as {@code name=value}, decoded, in order. */
    private static List<String> form(String body) {
        return Arrays.stream(body.split("&"))
                .map(field -> URLDecoder.decode(field, StandardCharsets.UTF_8))
                .toList();
    }
}
