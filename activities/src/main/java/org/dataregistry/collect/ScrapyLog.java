package org.dataregistry.collect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What a Scrapy crawl log says, read as the original registry reads it: logparser's finish reason, stats and message
 * categories, and scrapyloganalyzer's item counts and error rate.
 *
 * @param finishReason the {@code finish_reason} statistic; {@code N/A} without a stats dump (a crawl still running,
 *     or killed before it could write one)
 * @param stats the dumped crawl statistics; {@code datetime} values as their text
 * @param categories the messages of each category
 * @param files the File items logged (a file as downloaded)
 * @param fileItems the FileItem items logged (a part of a file, with a {@code number})
 * @param createdCollection the Kingfisher Process collection the crawl logged creating, or {@code null}
 */
record ScrapyLog(
        String finishReason,
        Map<String, Object> stats,
        Map<LogCategory, CategoryMessages> categories,
        int files,
        int fileItems,
        CreatedCollection createdCollection) {

    /** logparser's finish reason when the log has no stats dump. */
    static final String NOT_AVAILABLE = "N/A";

    ScrapyLog {
        stats = Map.copyOf(stats);
        categories = Map.copyOf(categories);
    }

    /** Reads a log line by line; memory holds the messages of the categories, not the log. */
    static ScrapyLog read(BufferedReader log) throws IOException {
        return ScrapyLogReader.read(log);
    }

    static ScrapyLog parse(String log) {
        try {
            return read(new BufferedReader(new StringReader(log)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the crawl closed because it was done, not because it was stopped, sampled or killed. */
    boolean finished() {
        return "finished".equals(finishReason);
    }

    /** A numeric statistic, or 0 when the log has none (logparser's {@code crawler_stats.get(key, 0)}). */
    long stat(String key) {
        return stats.get(key) instanceof Number number ? number.longValue() : 0;
    }

    CategoryMessages messages(LogCategory category) {
        return categories.getOrDefault(category, CategoryMessages.NONE);
    }

    ErrorRate errorRate() {
        return new ErrorRate(messages(LogCategory.ERROR).count() + stat("invalid_json_count"), files + fileItems);
    }
}
