package org.dataregistry.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.dataregistry.publication.RetrievalFrequency;

/**
 * When a publication is due for an automatic job (the original's {@code is_out_of_date}):
 * <ol>
 * <li>never while frozen, nor without a retrieval frequency, nor with NEVER;</li>
 * <li>at once when it has no job yet;</li>
 * <li>never while its most recent job was created but hasn't started (it is about to);</li>
 * <li>when the period has passed since its most recent job started: the retrieval frequency, or a week when that
 * job was unsuccessful (failing publications are retried weekly);</li>
 * <li>never while it has a job that hasn't completed (one job at a time).</li>
 * </ol>
 * Days are UTC days.
 */
public final class SchedulingRule {

    private static final Period RETRY_AFTER_FAILURE = Period.ofDays(7);

    private SchedulingRule() {}

    public static boolean isDue(PublicationSchedule publication, LocalDate today) {
        if (publication.frozen()
                || publication.retrievalFrequency() == null
                || publication.retrievalFrequency() == RetrievalFrequency.NEVER) {
            return false;
        }
        if (!publication.hasJob()) {
            return true;
        }
        if (publication.latestJobStart() == null) {
            return false;
        }
        Period period = publication.latestJobUnsuccessful()
                ? RETRY_AFTER_FAILURE
                : publication.retrievalFrequency().period().orElseThrow();
        LocalDate due = LocalDate.ofInstant(publication.latestJobStart(), ZoneOffset.UTC)
                .plus(period);
        return !today.isBefore(due) && !publication.hasIncompleteJob();
    }

    /**
     * The facts the rule needs about one publication.
     *
     * @param latestJobStart when its most recent job started (null: never started); the most recent job is the one
     *     that hasn't started, if any, else the one that started last
     * @param latestJobUnsuccessful whether a task of that job failed or was cancelled
     */
    public record PublicationSchedule(
            long publicationId,
            boolean frozen,
            RetrievalFrequency retrievalFrequency,
            boolean hasJob,
            Instant latestJobStart,
            boolean latestJobUnsuccessful,
            boolean hasIncompleteJob) {}
}
