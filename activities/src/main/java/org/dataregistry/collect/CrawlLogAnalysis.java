package org.dataregistry.collect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dataregistry.task.TaskNoteRecord;

/**
 * How the registry judges a finished crawl from its log, as the original's collect task does: the task notes, the
 * reason the task fails (if it does), and the lines of the warning sent to administrators.
 */
final class CrawlLogAnalysis {

    /** Over 85% of requests must succeed, as the public site says. */
    static final double MAXIMUM_ERROR_RATE = 0.15;
    /** From this error rate on, administrators are warned even if the crawl succeeds. */
    static final double NOTABLE_ERROR_RATE = 0.01;

    private static final List<String> HARMLESS_WARNINGS = List.of(
            "[scrapy.middleware] WARNING: Disabled kingfisher_scrapy.extensions.DatabaseStore: DATABASE_URL is not set.",
            "[yapw.clients] WARNING: Channel 1 was closed: ChannelClosedByClient: (200) 'Normal shutdown'");
    private static final String MISSING_NEXT_LINK = "kingfisher_scrapy.exceptions.MissingNextLinkError";
    private static final Pattern LOGGER = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern HTTP_STATUS = Pattern.compile("status=(\\d{3})");
    private static final String RETRY_FAILURES = "Retry failures";
    private static final String DOWNLOAD_ERRORS = "Download errors";
    private static final String HTTP_500 = "HTTP 500";

    private final ScrapyLog log;
    private final List<TaskNoteRecord> notes = new ArrayList<>();
    private final Map<String, Integer> typeCounts = new LinkedHashMap<>();
    private boolean stoppedPrematurely;

    private CrawlLogAnalysis(ScrapyLog log) {
        this.log = log;
        addStatNotes();
        addMessageNotes();
        dropDuplicateNotes();
    }

    static CrawlLogAnalysis of(ScrapyLog log) {
        return new CrawlLogAnalysis(log);
    }

    /**
     * Why the collect task fails, in the original's words, or {@code null} when it succeeds: a
     * {@code MissingNextLinkError} first, then a crawl that did not finish, then too high an error rate.
     */
    String failureReason() {
        if (stoppedPrematurely) {
            return "The crawl stopped prematurely";
        }
        if (!log.finished()) {
            return "The crawl wasn't finished: " + log.finishReason();
        }
        if (log.errorRate().value() > MAXIMUM_ERROR_RATE) {
            return "The crawl had a " + log.errorRate() + " error rate";
        }
        return null;
    }

    /**
     * The crawl statistics worth a note, then each message of the log that stays a note: critical, error, warning and
     * ignored-response messages, each category in the log's order.
     */
    List<TaskNoteRecord> notes() {
        return List.copyOf(notes);
    }

    /**
     * What administrators are warned about, one line each; nothing for a crawl that succeeded, finished, stayed under
     * a 1% error rate and logged only routine messages (HTTP errors, data loss, retry failures, download errors).
     */
    List<String> adminWarnings() {
        List<String> lines = new ArrayList<>();
        if (!log.finished()) {
            lines.add("crawl finish reason: " + log.finishReason());
        }
        if (log.errorRate().value() > NOTABLE_ERROR_RATE) {
            lines.add("crawl error rate: " + log.errorRate());
        }
        boolean unusual = typeCounts.keySet().stream().anyMatch(type -> !routine(type));
        if (failureReason() == null && lines.isEmpty() && !unusual) {
            return List.of();
        }
        typeCounts.forEach((type, count) -> lines.add(type + ": " + count));
        return lines;
    }

    private void addStatNotes() {
        // item_dropped_count is for administrators to review "Dropped: Duplicate File" messages; invalid_json_count
        // is counted in the error rate.
        addStatNote("item_dropped_count", TaskNoteRecord.WARNING);
        addStatNote("invalid_json_count", TaskNoteRecord.ERROR);
    }

    private void addStatNote(String key, String level) {
        long value = log.stat(key);
        if (value != 0) {
            notes.add(new TaskNoteRecord(level, key + ": " + value, Map.of()));
        }
    }

    private void addMessageNotes() {
        for (LogCategory category : LogCategory.values()) {
            if (category == LogCategory.REDIRECT || category == LogCategory.RETRY) {
                // Redirects are routine, and a retry that gives up is also logged as an error.
                continue;
            }
            List<String> details = log.messages(category).details();
            if (details.stream().anyMatch(message -> message.contains(MISSING_NEXT_LINK))) {
                stoppedPrematurely = true;
            }
            List<String> kept = details.stream()
                    .filter(message -> HARMLESS_WARNINGS.stream().noneMatch(message::contains))
                    .toList();
            if (category == LogCategory.WARNING && kept.size() == log.stat("invalid_json_count")) {
                // These are the "Dropped: Invalid JSON" warnings, already noted as invalid_json_count.
                continue;
            }
            for (String message : kept) {
                String type = typeOf(category, message);
                typeCounts.merge(type, 1, Integer::sum);
                notes.add(new TaskNoteRecord(levelOf(category), message, Map.of("type", type)));
            }
        }
    }

    /**
     * Some failures are logged twice: an ignored response also as an HTTP error, a request Scrapy gave up retrying also
     * as a download error or an HTTP 500. When the counts show that every one is such a pair, the second sides go.
     */
    private void dropDuplicateNotes() {
        int httpErrors = typeCounts.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("HTTP "))
                .mapToInt(Map.Entry::getValue)
                .sum();
        if (count(LogCategory.IGNORE.key()) == httpErrors) {
            drop(LogCategory.IGNORE.key());
        }
        int retryFailures = count(RETRY_FAILURES);
        if (retryFailures == count(DOWNLOAD_ERRORS) && count(HTTP_500) == 0
                || retryFailures == count(HTTP_500) && count(DOWNLOAD_ERRORS) == 0) {
            drop(RETRY_FAILURES);
        }
    }

    private int count(String type) {
        return typeCounts.getOrDefault(type, 0);
    }

    private void drop(String type) {
        notes.removeIf(note -> type.equals(note.data().get("type")));
        typeCounts.remove(type);
    }

    private static String typeOf(LogCategory category, String message) {
        Matcher logger = LOGGER.matcher(message);
        if (logger.find()
                && (logger.group(1).startsWith("pika.") || logger.group(1).startsWith("yapw.clients"))) {
            return "RabbitMQ";
        }
        Matcher status = HTTP_STATUS.matcher(message);
        if (status.find()) {
            return "HTTP " + status.group(1);
        }
        if (message.contains("Got data loss")) {
            return "Data loss";
        }
        if (message.contains("Gave up retrying")) {
            return RETRY_FAILURES;
        }
        if (message.contains("Error downloading")) {
            return DOWNLOAD_ERRORS;
        }
        return category.key();
    }

    private static String levelOf(LogCategory category) {
        return switch (category) {
            case CRITICAL -> TaskNoteRecord.CRITICAL;
            case ERROR -> TaskNoteRecord.ERROR;
            case WARNING -> TaskNoteRecord.WARNING;
            default -> TaskNoteRecord.UNKNOWN;
        };
    }

    private static boolean routine(String type) {
        return type.startsWith("HTTP ")
                || type.equals("Data loss")
                || type.equals(RETRY_FAILURES)
                || type.equals(DOWNLOAD_ERRORS);
    }
}
