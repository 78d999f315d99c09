package org.dataregistry.collect;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Scrapy log in one pass, line by line, with the results logparser and scrapyloganalyzer get from the whole
 * text:
 * <ul>
 *   <li>a message starts at a line that begins with a timestamp, and runs until the next line that begins with a
 *       timestamp and names a level; its category is decided by its first line;</li>
 *   <li>the stats are the first {@code {...}} after the first {@code Dumping Scrapy stats:} (unless a
 *       {@code Spider closed} line comes first);</li>
 *   <li>items are the lines from one starting with <code>{</code> to one ending with <code>}</code>, read as a
 *       Python literal: with a {@code number} a FileItem, else with a {@code data_type} a File.</li>
 * </ul>
 */
final class ScrapyLogReader {

    private static final Pattern RECORD_START =
            Pattern.compile("^" + LogCategory.TIMESTAMP + " .+?(?:DEBUG|INFO|WARNING|ERROR|CRITICAL)");
    private static final Pattern LOG_ENDING =
            Pattern.compile(LogCategory.TIMESTAMP + " .+?(Dumping Scrapy stats:|INFO: Spider closed)");
    private static final String GAVE_UP_RETRYING = "Gave up retrying <";

    private final Map<LogCategory, StringBuilder> openMessages = new EnumMap<>(LogCategory.class);
    private final Map<LogCategory, List<String>> messages = new EnumMap<>(LogCategory.class);
    private final List<String> itemLines = new ArrayList<>();
    private int files;
    private int fileItems;
    private CreatedCollection createdCollection;
    private StatsSearch statsSearch = StatsSearch.LOOKING;
    private StringBuilder statsText;
    private String stats;

    private enum StatsSearch {
        LOOKING,
        READING,
        DONE
    }

    private ScrapyLogReader() {
        for (LogCategory category : LogCategory.values()) {
            messages.put(category, new ArrayList<>());
        }
    }

    static ScrapyLog read(BufferedReader log) throws IOException {
        ScrapyLogReader reader = new ScrapyLogReader();
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            reader.accept(line);
        }
        return reader.finish();
    }

    private void accept(String line) {
        sortIntoMessages(line);
        countItem(line);
        lookForStats(line);
        if (createdCollection == null) {
            createdCollection = CreatedCollection.in(line).orElse(null);
        }
    }

    private void sortIntoMessages(String line) {
        boolean recordStart = RECORD_START.matcher(line).find();
        if (recordStart) {
            closeMessages(false);
        } else {
            openMessages.values().forEach(message -> message.append('\n').append(line));
        }
        for (LogCategory category : LogCategory.values()) {
            if (!openMessages.containsKey(category) && category.startsWith(line)) {
                openMessages.put(category, new StringBuilder(line));
            }
        }
    }

    private void closeMessages(boolean endOfLog) {
        openMessages.forEach((category, message) ->
                // logparser strips the whole text, so only the messages at its very end lose trailing blanks.
                messages.get(category).add(endOfLog ? message.toString().stripTrailing() : message.toString()));
        openMessages.clear();
    }

    private void countItem(String line) {
        if (itemLines.isEmpty() && !line.startsWith("{")) {
            return;
        }
        itemLines.add(line.stripTrailing());
        if (line.stripTrailing().endsWith("}")) {
            PythonLiteral.readDict(String.join("", itemLines), PythonLiteral.Calls.REJECT)
                    .ifPresent(item -> {
                        if (item.containsKey("number")) {
                            fileItems++;
                        } else if (item.containsKey("data_type")) {
                            files++;
                        }
                    });
            itemLines.clear();
        }
    }

    private void lookForStats(String line) {
        switch (statsSearch) {
            case LOOKING -> {
                Matcher ending = LOG_ENDING.matcher(line);
                if (ending.find()) {
                    if (ending.group(1).startsWith("Dumping")) {
                        statsText = new StringBuilder(line.substring(ending.end()));
                        statsSearch = StatsSearch.READING;
                        takeStats();
                    } else {
                        statsSearch = StatsSearch.DONE;
                    }
                }
            }
            case READING -> {
                statsText.append('\n').append(line);
                takeStats();
            }
            case DONE -> {
                // The stats, or their absence, are known.
            }
        }
    }

    /** Takes the stats once the text from the first {@code {} to the next {@code }} is in. */
    private void takeStats() {
        int open = statsText.indexOf("{");
        int close = open < 0 ? -1 : statsText.indexOf("}", open + 2);
        if (close >= 0) {
            stats = statsText.substring(open, close + 1);
            statsText = null;
            statsSearch = StatsSearch.DONE;
        }
    }

    private ScrapyLog finish() {
        closeMessages(true);
        Map<String, Object> crawlerStats = stats == null
                ? Map.of()
                : PythonLiteral.readDict(stats, PythonLiteral.Calls.AS_TEXT).orElse(Map.of());
        Map<LogCategory, CategoryMessages> categories = new EnumMap<>(LogCategory.class);
        messages.forEach((category, details) ->
                categories.put(category, new CategoryMessages(count(category, details, crawlerStats), details)));
        Object finishReason = crawlerStats.get("finish_reason");
        return new ScrapyLog(
                finishReason == null ? ScrapyLog.NOT_AVAILABLE : String.valueOf(finishReason),
                withoutNulls(crawlerStats),
                categories,
                files,
                fileItems,
                createdCollection);
    }

    private static int count(LogCategory category, List<String> details, Map<String, Object> stats) {
        long fromStats = category == LogCategory.REDIRECT
                ? stats.entrySet().stream()
                        .filter(stat -> stat.getKey().startsWith("downloader/response_status_count/3"))
                        .mapToLong(stat -> stat.getValue() instanceof Number number ? number.longValue() : 0)
                        .sum()
                : category.countStat() != null && stats.get(category.countStat()) instanceof Number number
                        ? number.longValue()
                        : 0;
        if (fromStats > 0) {
            return Math.toIntExact(fromStats);
        }
        if (category == LogCategory.RETRY) {
            // logparser counts the retries, not the requests it gave up on.
            return (int) details.stream()
                    .filter(message -> !message.contains(GAVE_UP_RETRYING))
                    .count();
        }
        return details.size();
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> stats) {
        Map<String, Object> kept = new LinkedHashMap<>();
        stats.forEach((key, value) -> {
            if (value != null) {
                kept.put(key, value);
            }
        });
        return kept;
    }
}
