package org.dataregistry.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dataregistry.task.TaskNoteRecord;
import org.junit.jupiter.api.Test;

/** The original registry's judgement of a finished crawl: its test vectors, then the fixtures' real logs. */
class CrawlLogAnalysisTest {

    private static final String ERROR = TaskNoteRecord.ERROR;
    private static final String WARNING = TaskNoteRecord.WARNING;

    @Test
    void notesStatsThenMessagesAndDropsTheHarmlessWarnings() {
        ScrapyLog log = log(
                "finished",
                Map.of("item_dropped_count", 10L, "invalid_json_count", 5L),
                190,
                Map.of(
                        LogCategory.ERROR,
                                List.of(
                                        "2024-01-15 12:00:00 [scrapy.core.scraper] ERROR: status=404 url=http://example.com/1",
                                        "2024-01-15 12:00:01 [scrapy.core.scraper] ERROR: status=404 url=http://example.com/2",
                                        "2024-01-15 12:00:02 [scrapy.core.scraper] ERROR: status=500 url=http://example.com/3",
                                        "2024-01-15 12:00:03 [scrapy.core.scraper] ERROR: Error downloading <GET http://example.com>",
                                        "2024-01-15 12:00:04 [scrapy.core.scraper] ERROR: Gave up retrying <GET http://example.com>"),
                        LogCategory.WARNING,
                                List.of(
                                        "2024-01-15 12:00:05 [scrapy.core.scraper] WARNING: Got data loss in http://example.com",
                                        "[scrapy.middleware] WARNING: Disabled kingfisher_scrapy.extensions.DatabaseStore: "
                                                + "DATABASE_URL is not set.",
                                        "[yapw.clients] WARNING: Channel 1 was closed: ChannelClosedByClient: (200) 'Normal shutdown'"),
                        LogCategory.REDIRECT, List.of("2024-01-15 12:00:00 [scrapy] INFO: Redirect from http to https"),
                        LogCategory.RETRY, List.of("2024-01-15 12:00:01 [scrapy] DEBUG: Retrying request")));

        CrawlLogAnalysis analysis = CrawlLogAnalysis.of(log);

        assertThat(log.errorRate().value()).isEqualTo(0.05);
        assertThat(analysis.failureReason()).isNull();
        assertThat(analysis.notes())
                .containsExactly(
                        new TaskNoteRecord(WARNING, "item_dropped_count: 10", Map.of()),
                        new TaskNoteRecord(ERROR, "invalid_json_count: 5", Map.of()),
                        note(
                                ERROR,
                                "2024-01-15 12:00:00 [scrapy.core.scraper] ERROR: status=404 url=http://example.com/1",
                                "HTTP 404"),
                        note(
                                ERROR,
                                "2024-01-15 12:00:01 [scrapy.core.scraper] ERROR: status=404 url=http://example.com/2",
                                "HTTP 404"),
                        note(
                                ERROR,
                                "2024-01-15 12:00:02 [scrapy.core.scraper] ERROR: status=500 url=http://example.com/3",
                                "HTTP 500"),
                        note(
                                ERROR,
                                "2024-01-15 12:00:03 [scrapy.core.scraper] ERROR: Error downloading <GET http://example.com>",
                                "Download errors"),
                        note(
                                ERROR,
                                "2024-01-15 12:00:04 [scrapy.core.scraper] ERROR: Gave up retrying <GET http://example.com>",
                                "Retry failures"),
                        note(
                                WARNING,
                                "2024-01-15 12:00:05 [scrapy.core.scraper] WARNING: Got data loss in http://example.com",
                                "Data loss"));
    }

    @Test
    void aMissingNextLinkStopsTheCrawlPrematurelyWhateverElseHappened() {
        ScrapyLog log = log(
                "shutdown",
                Map.of(),
                1,
                Map.of(
                        LogCategory.ERROR,
                        List.of(
                                "2024-01-15 12:00:00 [scrapy.core.scraper] ERROR: kingfisher_scrapy.exceptions.MissingNextLinkError")));

        assertThat(CrawlLogAnalysis.of(log).failureReason()).isEqualTo("The crawl stopped prematurely");
    }

    @Test
    void anUnfinishedCrawlFailsWithItsFinishReason() {
        assertThat(CrawlLogAnalysis.of(log("shutdown", Map.of(), 19, Map.of())).failureReason())
                .isEqualTo("The crawl wasn't finished: shutdown");
    }

    @Test
    void aCrawlStoppedByScrapydWritesShutdownInItsStats() {
        ScrapyLog log = ScrapyLog.parse("""
                2024-12-12 16:11:11 [scrapy.core.scraper] DEBUG: Scraped from <200 https://example.com/a.json>
                {'file_name': 'a.json', 'url': 'https://example.com/a.json', 'data_type': 'release_package'}
                2024-12-12 16:11:13 [scrapy.crawler] INFO: Received SIGINT, shutting down gracefully. Send again to force
                2024-12-12 16:11:13 [scrapy.core.engine] INFO: Closing spider (shutdown)
                2024-12-12 16:11:13 [scrapy.statscollectors] INFO: Dumping Scrapy stats:
                {'file_count': 1,
                 'finish_reason': 'shutdown',
                 'finish_time': datetime.datetime(2024, 12, 12, 19, 11, 13, 5, tzinfo=datetime.timezone.utc),
                 'log_count/INFO': 10}
                2024-12-12 16:11:13 [scrapy.core.engine] INFO: Spider closed (shutdown)
                """);

        assertThat(CrawlLogAnalysis.of(log).failureReason()).isEqualTo("The crawl wasn't finished: shutdown");
    }

    @Test
    void aCrawlKilledBeforeDumpingItsStatsFailsWithoutAFinishReason() {
        CrawlLogAnalysis analysis = CrawlLogAnalysis.of(CollectFixtures.scrapyLog("log_sigint1.log"));

        assertThat(analysis.failureReason()).isEqualTo("The crawl wasn't finished: N/A");
        assertThat(analysis.notes())
                .extracting(TaskNoteRecord::level, note -> note.data().get("type"))
                .containsExactly(
                        tuple(WARNING, "warning_logs"),
                        tuple(WARNING, "warning_logs"),
                        tuple(WARNING, "Data loss"),
                        tuple(WARNING, "Data loss"));
        assertThat(analysis.notes().getFirst().note())
                .isEqualTo("2024-12-12 16:11:08 [scrapy.middleware] WARNING: "
                        + "Disabled kingfisher_scrapy.extensions.SentryLogging: SENTRY_DSN is not set.");
    }

    @Test
    void anErrorRateAboveFifteenPercentFailsTheCrawl() {
        ScrapyLog log = log(
                "finished",
                Map.of(),
                4,
                Map.of(
                        LogCategory.ERROR,
                        List.of(
                                "2024-01-15 12:00:00 [scrapy.core.scraper] ERROR: Error downloading <GET http://example.com>")));

        assertThat(CrawlLogAnalysis.of(log).failureReason()).isEqualTo("The crawl had a 0.2 error rate");
        assertThat(CrawlLogAnalysis.of(
                                log(
                                        "finished",
                                        Map.of(),
                                        6,
                                        Map.of(
                                                LogCategory.ERROR,
                                                List.of(
                                                        "2024-01-15 12:00:00 [scrapy.core.scraper] ERROR: Error downloading <GET http://example.com>"))))
                        .failureReason())
                .isNull();
    }

    @Test
    void aCrawlThatGotNoDataHasAnErrorRateOfOneAndKeepsOneNoteAPerFailedRequest() {
        CrawlLogAnalysis analysis = CrawlLogAnalysis.of(CollectFixtures.scrapyLog("log_no_file_error_no_data.log"));

        assertThat(analysis.failureReason()).isEqualTo("The crawl had a 1.0 error rate");
        assertThat(analysis.notes())
                .hasSize(122)
                .allSatisfy(note -> assertThat(note.level()).isEqualTo(ERROR))
                .allSatisfy(note -> assertThat(note.data()).isEqualTo(Map.of("type", "Download errors")));
        assertThat(analysis.adminWarnings()).containsExactly("crawl error rate: 1.0", "Download errors: 122");
    }

    @Test
    void invalidJsonIsAStatNoteAndItsWarningsStayWhenTheyAreNotAllOfThem() {
        CrawlLogAnalysis analysis = CrawlLogAnalysis.of(CollectFixtures.scrapyLog("log_error_invalid_json.log"));

        assertThat(analysis.failureReason()).isEqualTo("The crawl had a 0.8181818181818182 error rate");
        assertThat(analysis.notes())
                .extracting(TaskNoteRecord::note)
                .hasSize(5)
                .first()
                .isEqualTo("invalid_json_count: 27");
        assertThat(analysis.notes())
                .extracting(TaskNoteRecord::note)
                .filteredOn(note -> note.contains("Dropped"))
                .hasSize(2);
    }

    @Test
    void warningsAsManyAsTheInvalidJsonFilesAreThoseFilesAndNotNoted() {
        ScrapyLog log = log(
                "finished",
                Map.of("invalid_json_count", 2L),
                98,
                Map.of(
                        LogCategory.WARNING,
                        List.of(
                                "2024-12-12 16:00:06 [spider] WARNING: Dropped: Invalid JSON\n{'file_name': 'a.json'}",
                                "2024-12-12 16:00:07 [spider] WARNING: Dropped: Invalid JSON\n{'file_name': 'b.json'}",
                                "[scrapy.middleware] WARNING: Disabled kingfisher_scrapy.extensions.DatabaseStore: "
                                        + "DATABASE_URL is not set.")));

        assertThat(CrawlLogAnalysis.of(log).notes())
                .containsExactly(new TaskNoteRecord(ERROR, "invalid_json_count: 2", Map.of()));
    }

    @Test
    void aCleanCrawlHasNoNotesAndNoFailure() {
        CrawlLogAnalysis analysis = CrawlLogAnalysis.of(CollectFixtures.scrapyLog("log_file_items.log"));

        assertThat(analysis.failureReason()).isNull();
        assertThat(analysis.notes()).isEmpty();
        assertThat(analysis.adminWarnings()).isEmpty();
    }

    @Test
    void ignoredResponsesAsManyAsTheHttpErrorsAreTheseErrorsAgain() {
        String ignored = "2024-01-15 12:00:00 [scrapy.spidermiddlewares.httperror] INFO: Ignoring response "
                + "<404 http://example.com/1>: HTTP status code is not handled or not allowed";
        String http404 = "2024-01-15 12:00:00 [spider] ERROR: status=404 message='' request=<GET http://example.com/1>";

        CrawlLogAnalysis paired = CrawlLogAnalysis.of(log(
                "finished",
                Map.of(),
                99,
                Map.of(LogCategory.ERROR, List.of(http404), LogCategory.IGNORE, List.of(ignored))));
        CrawlLogAnalysis unpaired = CrawlLogAnalysis.of(log(
                "finished",
                Map.of(),
                99,
                Map.of(LogCategory.ERROR, List.of(http404), LogCategory.IGNORE, List.of(ignored, ignored))));

        assertThat(paired.notes()).containsExactly(note(ERROR, http404, "HTTP 404"));
        assertThat(unpaired.notes())
                .extracting(TaskNoteRecord::level)
                .containsExactly(ERROR, TaskNoteRecord.UNKNOWN, TaskNoteRecord.UNKNOWN);
    }

    @Test
    void retryFailuresPairedWithServerErrorsAreNotNotedTwice() {
        String gaveUp = "2024-01-15 12:00:00 [scrapy.downloadermiddlewares.retry] ERROR: Gave up retrying "
                + "<GET http://example.com/1> (failed 3 times): 500 Internal Server Error";
        String http500 = "2024-01-15 12:00:00 [spider] ERROR: status=500 message='' request=<GET http://example.com/1>";

        CrawlLogAnalysis analysis =
                CrawlLogAnalysis.of(log("finished", Map.of(), 99, Map.of(LogCategory.ERROR, List.of(gaveUp, http500))));

        assertThat(analysis.notes()).containsExactly(note(ERROR, http500, "HTTP 500"));
    }

    @Test
    void rabbitMqMessagesAreTypedByTheirLogger() {
        String message = "2024-01-15 12:00:00 [pika.adapters.utils.io_services_utils] ERROR: status=500 lost";

        assertThat(CrawlLogAnalysis.of(log("finished", Map.of(), 99, Map.of(LogCategory.CRITICAL, List.of(message))))
                        .notes())
                .containsExactly(new TaskNoteRecord(TaskNoteRecord.CRITICAL, message, Map.of("type", "RabbitMQ")));
    }

    @Test
    void administratorsAreWarnedOfUnusualMessagesEvenWhenTheCrawlSucceeds() {
        String message = "2024-01-15 12:00:00 [spider] CRITICAL: Failed to close collection: status=503";
        String other = "2024-01-15 12:00:00 [spider] ERROR: Something odd";

        CrawlLogAnalysis analysis = CrawlLogAnalysis.of(log(
                "finished",
                Map.of(),
                999,
                Map.of(LogCategory.CRITICAL, List.of(message), LogCategory.ERROR, List.of(other))));

        assertThat(analysis.failureReason()).isNull();
        assertThat(analysis.adminWarnings()).containsExactly("HTTP 503: 1", "error_logs: 1");
    }

    private static TaskNoteRecord note(String level, String message, String type) {
        return new TaskNoteRecord(level, message, Map.of("type", type));
    }

    private static ScrapyLog log(
            String finishReason, Map<String, Object> stats, int files, Map<LogCategory, List<String>> details) {
        Map<LogCategory, CategoryMessages> categories = new EnumMap<>(LogCategory.class);
        details.forEach(
                (category, messages) -> categories.put(category, new CategoryMessages(messages.size(), messages)));
        Map<String, Object> allStats = new HashMap<>(stats);
        allStats.put("finish_reason", finishReason);
        return new ScrapyLog(finishReason, allStats, categories, files, 0, new CreatedCollection("1", "2024-01-01"));
    }
}
