package org.dataregistry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PageProbeTest {

    @Test
    void theSummaryGivesTheNearestRankPercentilesOfTheAnswers() {
        PageProbe probe = new PageProbe(URI.create("http://127.0.0.1:1/admin/login"));
        for (int millis = 20; millis >= 1; millis--) {
            probe.record(millis);
        }

        assertThat(probe.summary()).isEqualTo("probe\t20\t0\t10.0\t19.0\t20.0");
    }

    @Test
    void aPageThatDoesNotAnswerCountsAsFailed() throws InterruptedException {
        PageProbe probe = new PageProbe(URI.create("http://127.0.0.1:1/admin/login"));

        probe.request();

        assertThat(probe.summary()).isEqualTo("probe\t1\t1\t0.0\t0.0\t0.0");
    }
}
