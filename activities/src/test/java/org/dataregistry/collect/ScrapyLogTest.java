package org.dataregistry.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading real Kingfisher Collect logs, with the values logparser and scrapyloganalyzer give for them. */
class ScrapyLogTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            log1.log,                               finished, 2, 0, 0.0
            log_error_invalid_json.log,             finished, 6, 0, 0.8181818181818182
            log_file_items.log,                     finished, 0, 3, 0.0
            log_no_file_error_no_data.log,          finished, 0, 0, 1.0
            log_sample1.log,                        sample,   2, 0, 0.0
            log_sigint1.log,                        N/A,      1, 0, 0.0
            log_in_progress1.log,                   N/A,      1, 0, 0.0
            log_crawl_time_crawl_statistic.log,     N/A,      0, 0, 1.0
            log_crawl_time_log_message.log,         N/A,      0, 0, 1.0
            log_crawl_time_spider_argument.log,     N/A,      0, 0, 1.0
            """)
    void readsTheFinishReasonItemsAndErrorRateOfEveryFixture(
            String fixture, String finishReason, int files, int fileItems, double errorRate) {
        ScrapyLog log = CollectFixtures.scrapyLog(fixture);

        assertThat(log.finishReason()).isEqualTo(finishReason);
        assertThat(log.finished()).isEqualTo(finishReason.equals("finished"));
        assertThat(log.files()).isEqualTo(files);
        assertThat(log.fileItems()).isEqualTo(fileItems);
        assertThat(log.errorRate().value()).isCloseTo(errorRate, within(1e-12));
    }

    @Test
    void errorRateOfTheInvalidJsonLogRoundsToTheOriginalsTestVector() {
        assertThat(Math.round(CollectFixtures.scrapyLog("log_error_invalid_json.log")
                                .errorRate()
                                .value()
                        * 100))
                .isEqualTo(82);
    }

    @Test
    void errorRateIsWrittenAsPythonWouldWriteIt() {
        assertThat(CollectFixtures.scrapyLog("log_no_file_error_no_data.log").errorRate())
                .hasToString("1.0");
        assertThat(CollectFixtures.scrapyLog("log_crawl_time_log_message.log").errorRate())
                .hasToString("1");
        assertThat(new ErrorRate(1, 4)).hasToString("0.2");
    }

    @Test
    void statsDumpIsReadAsAPythonDictWithDatetimesAsText() {
        ScrapyLog log = CollectFixtures.scrapyLog("log1.log");

        assertThat(log.stats())
                .containsEntry("downloader/response_status_count/503", 3L)
                .containsEntry("elapsed_time_seconds", 857.94643)
                .containsEntry("finish_reason", "finished")
                .containsEntry("start_time", "datetime.datetime(2020, 9, 2, 5, 24, 58, 827363)");
        assertThat(CollectFixtures.scrapyLog("log_crawl_time_crawl_statistic.log")
                        .stats())
                .isEqualTo(Map.of("start_time", "datetime.datetime(2020, 1, 1, 12, 34, 55, 123)"));
    }

    @Test
    void statsOverrideTheCountsOfMessagesFound() {
        ScrapyLog noData = CollectFixtures.scrapyLog("log_no_file_error_no_data.log");
        ScrapyLog invalidJson = CollectFixtures.scrapyLog("log_error_invalid_json.log");
        ScrapyLog log1 = CollectFixtures.scrapyLog("log1.log");

        assertThat(noData.messages(LogCategory.ERROR).count()).isEqualTo(244);
        assertThat(noData.messages(LogCategory.ERROR).details()).hasSize(244);
        assertThat(noData.messages(LogCategory.RETRY).count()).isEqualTo(244);
        assertThat(invalidJson.messages(LogCategory.WARNING).count()).isEqualTo(30);
        assertThat(invalidJson.messages(LogCategory.WARNING).details()).hasSize(5);
        assertThat(log1.messages(LogCategory.RETRY).count()).isEqualTo(2);
        assertThat(log1.messages(LogCategory.RETRY).details()).hasSize(3);
    }

    @Test
    void withoutStatsRetriesThatGaveUpAreNotCounted() {
        ScrapyLog sigint = CollectFixtures.scrapyLog("log_sigint1.log");

        assertThat(sigint.messages(LogCategory.RETRY).details()).hasSize(2);
        assertThat(sigint.messages(LogCategory.RETRY).count()).isEqualTo(2);
        assertThat(ScrapyLog.parse("""
                2020-01-01 00:00:00 [scrapy.downloadermiddlewares.retry] DEBUG: Retrying <GET http://a> (failed 1 times)
                2020-01-01 00:00:01 [scrapy.downloadermiddlewares.retry] ERROR: Gave up retrying <GET http://a> (failed 3 times)
                """).messages(LogCategory.RETRY).count()).isEqualTo(1);
    }

    @Test
    void aMessageRunsUntilTheNextLineThatStartsALogRecord() {
        ScrapyLog noData = CollectFixtures.scrapyLog("log_no_file_error_no_data.log");
        ScrapyLog invalidJson = CollectFixtures.scrapyLog("log_error_invalid_json.log");

        assertThat(noData.messages(LogCategory.ERROR).details().get(2)).isEqualTo("""
                2025-02-06 04:54:29 [scrapy.core.scraper] ERROR: Error downloading \
                <GET https://datosabiertos.compraspublicas.gob.ec/PLATAFORMA/download?type=json&year=2025&month=01&method=all>
                Traceback (most recent call last):
                  File "/home/collect/scrapyd/.ve/lib/python3.12/site-packages/scrapy/core/downloader/middleware.py", \
                line 54, in process_request
                    return (yield download_func(request=request, spider=spider))
                twisted.internet.error.TCPTimedOutError: TCP connection timed out: 110: Connection timed out.""");
        assertThat(invalidJson.messages(LogCategory.WARNING).details().get(3)).isEqualTo("""
                2024-12-12 16:00:06 [nigeria_anambra_state] WARNING: Dropped: Invalid JSON
                {'file_name': 'ocds-j74acu-032168-ANS_MYDCE_0015-NG.json', \
                'url': 'https://eprocure.bpp.an.gov.ng/media/ocds-j74acu-032168-ANS_MYDCE_0015-NG.json', \
                'data_type': 'release_package'}""");
    }

    @Test
    void theLastMessageLosesTheLogsTrailingBlanks() {
        ScrapyLog log = ScrapyLog.parse("2020-01-01 00:00:00 [x] ERROR: boom  \n\n\n");

        assertThat(log.messages(LogCategory.ERROR).details()).containsExactly("2020-01-01 00:00:00 [x] ERROR: boom");
    }

    @Test
    void namesTheKingfisherProcessCollection() {
        assertThat(CollectFixtures.scrapyLog("log_file_items.log").createdCollection())
                .isEqualTo(new CreatedCollection("469", "2025-01-30 00:00:07"));
        assertThat(CollectFixtures.scrapyLog("log_no_file_error_no_data.log").createdCollection())
                .isEqualTo(new CreatedCollection("547", "2025-02-06 03:40:07"));
        assertThat(CollectFixtures.scrapyLog("log1.log").createdCollection()).isNull();
        assertThat(CollectFixtures.scrapyLog("log_in_progress1.log").createdCollection())
                .isNull();
    }

    @Test
    void aSpiderClosedLineBeforeAnyStatsDumpMeansNoStats() {
        ScrapyLog log = ScrapyLog.parse("""
                2020-01-01 00:00:00 [scrapy.core.engine] INFO: Spider closed (finished)
                2020-01-01 00:00:01 [scrapy.statscollectors] INFO: Dumping Scrapy stats:
                {'finish_reason': 'finished'}
                """);

        assertThat(log.finishReason()).isEqualTo(ScrapyLog.NOT_AVAILABLE);
        assertThat(log.stats()).isEmpty();
    }

    @Test
    void itemsSpanningLinesAreCountedAndOtherDictsAreNot() {
        ScrapyLog log = ScrapyLog.parse("""
                2020-01-01 00:00:00 [scrapy.crawler] INFO: Overridden settings:
                {'BOT_NAME': 'kingfisher_scrapy',
                 'CONCURRENT_REQUESTS': 32}
                2020-01-01 00:00:01 [scrapy.core.scraper] DEBUG: Scraped from <200 http://a>
                {'data_type': 'release_package',
                 'file_name': 'a.json'}
                2020-01-01 00:00:02 [scrapy.core.scraper] DEBUG: Scraped from <200 http://b>
                {'file_name': 'b.json', 'data_type': 'release_package', 'number': 2}
                """);

        assertThat(List.of(log.files(), log.fileItems())).containsExactly(1, 1);
    }
}
