package org.dataregistry.publication;

import java.util.List;
import org.dataregistry.job.JobSummary;
import org.dataregistry.job.RecentJob;

/**
 * What the publication list's "Recent jobs" column says about a publication: a square per recent
 * completed job, oldest first, red when it was unsuccessful, with a glyph for how much of its crawl succeeded; a
 * snowflake first when the publication is frozen; a sentence instead when it is no longer updated or has no completed
 * job.
 *
 * @param frozen whether to put a snowflake first
 * @param sentence "No longer updated", "No completed jobs", or "" when there are squares
 * @param squares the recent jobs, oldest first
 */
record JobHealth(boolean frozen, String sentence, List<Square> squares) {

    static final String SNOWFLAKE = "❄️";
    static final String NO_LONGER_UPDATED = "No longer updated";
    static final String NO_COMPLETED_JOBS = "No completed jobs";
    /** Fill levels from "almost nothing collected" to "almost everything collected". */
    static final String FILL_LEVELS = "⠁⠃⠇⠏⠟⠿⡿⣿";

    static JobHealth of(boolean frozen, RetrievalFrequency frequency, List<RecentJob> recentJobs) {
        if (frequency == RetrievalFrequency.NEVER) {
            return new JobHealth(frozen, NO_LONGER_UPDATED, List.of());
        }
        if (recentJobs.isEmpty()) {
            return new JobHealth(frozen, NO_COMPLETED_JOBS, List.of());
        }
        return new JobHealth(frozen, "", recentJobs.stream().map(Square::of).toList());
    }

    /**
     * One recent job.
     *
     * @param glyph ✓ when every crawl request succeeded, ✗ when none did, a fill level in between, blank when unknown
     * @param collected the share of the crawl's requests that succeeded, e.g. "50%" (never rounded to "0%" or
     *     "100%" when it isn't), or "" when unknown
     */
    record Square(JobSummary job, boolean unsuccessful, String glyph, String collected) {

        static Square of(RecentJob recent) {
            Double errorRate = recent.collectErrorRate();
            if (errorRate == null) {
                return new Square(recent.job(), recent.unsuccessful(), "", "");
            }
            if (errorRate == 0) {
                return new Square(recent.job(), recent.unsuccessful(), "✓", "100%");
            }
            if (errorRate == 1) {
                return new Square(recent.job(), recent.unsuccessful(), "✗", "0%");
            }
            int level = Math.min(FILL_LEVELS.length() - 1, (int) ((1 - errorRate) * FILL_LEVELS.length()));
            long percent = Math.round((1 - errorRate) * 100);
            return new Square(
                    recent.job(),
                    recent.unsuccessful(),
                    FILL_LEVELS.substring(level, level + 1),
                    percent == 0 ? ">0%" : percent == 100 ? "<100%" : percent + "%");
        }

        /** The job's label and how much of its crawl succeeded, e.g. "2026-11-01 .. 2026-11-02 (5) 50%". */
        String title() {
            return collected.isEmpty() ? job.label() : job.label() + " " + collected;
        }
    }
}
