package org.dataregistry.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dataregistry.site.Formats;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * How many compiled releases each year has, from what the exporter recorded of each year's file: a bar per year,
 * oldest first, then the releases of unknown date. No chart when the job did not record it (it was exported before
 * the registry recorded it) or there is at most one bar.
 */
final class ReleasesChart {

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{1,4})\\.jsonl\\.gz");
    private static final String UNDATED = "undated.jsonl.gz";

    private ReleasesChart() {}

    static List<BarChart> of(Map<String, Long> releasesByFile, Formats formats, MessageSourceAccessor messages) {
        Map<Integer, Long> years = new TreeMap<>();
        releasesByFile.forEach((file, releases) -> {
            Matcher year = YEAR_FILE.matcher(file);
            if (year.matches()) {
                years.put(Integer.parseInt(year.group(1)), releases);
            }
        });
        long undated = releasesByFile.getOrDefault(UNDATED, 0L);
        long most = Math.max(
                undated,
                years.values().stream().mapToLong(Long::longValue).max().orElse(0));
        if (most == 0 || years.size() + (undated > 0 ? 1 : 0) < 2) {
            return List.of();
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        years.forEach((year, releases) -> bars.add(bar(Integer.toString(year), releases, most, formats)));
        if (undated > 0) {
            bars.add(bar(messages.getMessage("access.undated"), undated, most, formats));
        }
        return List.of(new BarChart(messages.getMessage("chart.releasesByYear"), bars));
    }

    private static BarChart.Bar bar(String label, long releases, long most, Formats formats) {
        String count = formats.number(releases);
        return new BarChart.Bar(label, count, label + ": " + count, (double) releases / most);
    }
}
