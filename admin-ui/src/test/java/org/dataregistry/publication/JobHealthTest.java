package org.dataregistry.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.dataregistry.job.JobStatus;
import org.dataregistry.job.JobSummary;
import org.dataregistry.job.RecentJob;
import org.dataregistry.publication.JobHealth.Square;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobHealthTest {

    static final Instant START = Instant.parse("2026-11-01T10:00:00Z");

    @ParameterizedTest(name = "error rate {0}: {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            none  | ''  | ''
            0     | ✓   | 100%
            1     | ✗   | 0%
            0.5   | ⠟   | 50%
            0.25  | ⡿   | 75%
            0.001 | ⣿   | <100%
            0.999 | ⠁   | >0%
            0.9   | ⠁   | 10%
            """)
    void aJobsGlyphAndTitleSayHowMuchOfItsCrawlSucceeded(Double errorRate, String glyph, String collected) {
        Square square = health(false, RetrievalFrequency.MONTHLY, job(1, false, errorRate))
                .squares()
                .getFirst();

        assertThat(square.glyph()).isEqualTo(glyph);
        assertThat(square.collected()).isEqualTo(collected);
        assertThat(square.title()).isEqualTo(("2026-11-01 .. 2026-11-02 (1) " + collected).strip());
    }

    @Test
    void unsuccessfulJobsAreTold() {
        JobHealth health = health(false, RetrievalFrequency.MONTHLY, job(1, true, 0.0), job(2, false, 0.0));

        assertThat(health.squares()).extracting(Square::unsuccessful).containsExactly(true, false);
        assertThat(health.sentence()).isEmpty();
    }

    @Test
    void keepsTheJobsOrderOldestFirst() {
        RecentJob[] jobs = LongStream.rangeClosed(1, 10)
                .mapToObj(id -> job(id, false, null))
                .toArray(RecentJob[]::new);

        assertThat(health(false, RetrievalFrequency.WEEKLY, jobs).squares())
                .extracting(square -> square.job().id())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void aFrozenPublicationGetsASnowflakeBeforeItsJobs() {
        JobHealth health = health(true, RetrievalFrequency.MONTHLY, job(1, false, 0.0));

        assertThat(health.frozen()).isTrue();
        assertThat(health.squares()).hasSize(1);
        assertThat(health(false, RetrievalFrequency.MONTHLY, job(1, false, 0.0)).frozen())
                .isFalse();
    }

    @Test
    void aPublicationNoLongerUpdatedSaysSoInsteadOfItsJobs() {
        JobHealth health = health(false, RetrievalFrequency.NEVER, job(1, false, 0.0));

        assertThat(health.sentence()).isEqualTo("No longer updated");
        assertThat(health.squares()).isEmpty();
    }

    @Test
    void aPublicationWithoutCompletedJobsSaysSo() {
        JobHealth health = health(false, RetrievalFrequency.MONTHLY);

        assertThat(health.sentence()).isEqualTo("No completed jobs");
        assertThat(health.squares()).isEmpty();
        assertThat(health(false, null).sentence()).isEqualTo("No completed jobs");
    }

    private static JobHealth health(boolean frozen, RetrievalFrequency frequency, RecentJob... jobs) {
        return JobHealth.of(frozen, frequency, List.of(jobs));
    }

    private static RecentJob job(long id, boolean unsuccessful, Double errorRate) {
        return new RecentJob(
                new JobSummary(id, JobStatus.COMPLETED, START, START.plusSeconds(86_400)), unsuccessful, errorRate);
    }
}
