package org.dataregistry.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.dataregistry.publication.RetrievalFrequency;
import org.dataregistry.schedule.SchedulingRule.PublicationSchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a publication is due for an automatic job: the original's scheduling cases, then each rule of
 * {@link SchedulingRule} one by one.
 */
class SchedulingRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void aPublicationWithoutAnyJobIsDueAtOnce() {
        assertThat(isDue(monthly().noJob())).isTrue();
    }

    @Test
    void aFrozenPublicationIsNeverDue() {
        assertThat(isDue(monthly().noJob().thatIsFrozen())).isFalse();
    }

    @Test
    void withoutRetrievalFrequencyOrWithNeverItIsNeverDue() {
        assertThat(isDue(new Facts(null).noJob())).isFalse();
        assertThat(isDue(new Facts(RetrievalFrequency.NEVER).noJob())).isFalse();
    }

    @Test
    void aJobCreatedButNotStartedBlocksTheNextOne() {
        assertThat(isDue(monthly().latestJob(null, false).withAnIncompleteJob()))
                .isFalse();
    }

    @Test
    void anIncompleteJobBlocksTheNextOneHoweverOld() {
        assertThat(isDue(monthly().latestJob(daysAgo(60), false).withAnIncompleteJob()))
                .isFalse();
    }

    @ParameterizedTest(name = "unsuccessful {0} days ago, monthly: due {1}")
    @CsvSource({"5, false", "7, true", "10, true"})
    void anUnsuccessfulPublicationIsRetriedWeekly(int days, boolean due) {
        assertThat(isDue(monthly().latestJob(daysAgo(days), true))).isEqualTo(due);
    }

    @ParameterizedTest(name = "successful {0} days ago, monthly: due {1}")
    @CsvSource({"15, false", "29, false", "30, true", "45, true"})
    void aSuccessfulPublicationWaitsForItsRetrievalFrequency(int days, boolean due) {
        assertThat(isDue(monthly().latestJob(daysAgo(days), false))).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}: due after {1} days")
    @CsvSource({"WEEKLY, 7", "BIWEEKLY, 14", "MONTHLY, 30", "HALF_YEARLY, 180", "ANNUALLY, 365"})
    void eachFrequencyHasItsPeriod(RetrievalFrequency frequency, int days) {
        assertThat(isDue(new Facts(frequency).latestJob(daysAgo(days - 1), false)))
                .isFalse();
        assertThat(isDue(new Facts(frequency).latestJob(daysAgo(days), false))).isTrue();
    }

    @Test
    void daysAreUtcDaysSoAJobLateYesterdayCountsAsYesterday() {
        Instant lateYesterday = TODAY.minusDays(7).atTime(23, 59).toInstant(ZoneOffset.UTC);

        assertThat(isDue(new Facts(RetrievalFrequency.WEEKLY).latestJob(lateYesterday, false)))
                .isTrue();
    }

    private static boolean isDue(Facts facts) {
        return SchedulingRule.isDue(facts.schedule(), TODAY);
    }

    private static Facts monthly() {
        return new Facts(RetrievalFrequency.MONTHLY);
    }

    private static Instant daysAgo(int days) {
        return TODAY.minusDays(days).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    /** A publication's scheduling facts, built up for one test. */
    private record Facts(
            RetrievalFrequency frequency,
            boolean frozen,
            boolean hasJob,
            Instant start,
            boolean unsuccessful,
            boolean incomplete) {

        Facts(RetrievalFrequency frequency) {
            this(frequency, false, true, null, false, false);
        }

        Facts noJob() {
            return new Facts(frequency, frozen, false, null, false, false);
        }

        Facts thatIsFrozen() {
            return new Facts(frequency, true, hasJob, start, unsuccessful, incomplete);
        }

        Facts latestJob(Instant jobStart, boolean jobUnsuccessful) {
            return new Facts(frequency, frozen, true, jobStart, jobUnsuccessful, incomplete);
        }

        Facts withAnIncompleteJob() {
            return new Facts(frequency, frozen, hasJob, start, unsuccessful, true);
        }

        PublicationSchedule schedule() {
            return new PublicationSchedule(1, frozen, frequency, hasJob, start, unsuccessful, incomplete);
        }
    }
}
