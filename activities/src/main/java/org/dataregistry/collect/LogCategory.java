package org.dataregistry.collect;

import java.util.regex.Pattern;

/**
 * The categories logparser sorts a Scrapy log's messages into, in its order. A message belongs to a category when
 * its first line matches; it runs until the next line that starts a log record.
 */
enum LogCategory {
    CRITICAL("critical_logs", "\\] CRITICAL:", "log_count/CRITICAL"),
    ERROR("error_logs", "\\] ERROR:", "log_count/ERROR"),
    WARNING("warning_logs", "\\] WARNING:", "log_count/WARNING"),
    REDIRECT("redirect_logs", ": Redirecting \\(", null),
    RETRY("retry_logs", " [Rr]etrying <", "retry/count"),
    IGNORE("ignore_logs", ": Ignoring response <", "httperror/response_ignored_count");

    /** How a log line starts: its time, {@code 2024-01-15 10:00:00}. */
    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}";

    private final String key;
    private final Pattern firstLine;
    private final String countStat;

    LogCategory(String key, String marker, String countStat) {
        this.key = key;
        this.firstLine = Pattern.compile("^" + TIMESTAMP + " .+?" + marker);
        this.countStat = countStat;
    }

    /** logparser's name for it, e.g. {@code error_logs}; also the type of a message no other type fits. */
    String key() {
        return key;
    }

    /** Whether a message whose first line is {@code line} belongs to the category. */
    boolean startsWith(String line) {
        return firstLine.matcher(line).find();
    }

    /**
     * The crawl statistic that, when above 0, replaces the number of messages counted (messages of some categories
     * are logged at levels the log file may not keep); {@code null} when none does.
     */
    String countStat() {
        return countStat;
    }
}
