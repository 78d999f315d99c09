package org.dataregistry.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dataregistry.collect.StubServer.delayed;
import static org.dataregistry.collect.StubServer.json;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The source ID choices of the publication form, from a stub Scrapyd on 127.0.0.1. */
class ScrapydSpidersTest {

    private final StubServer scrapyd = StubServer.start();

    @AfterEach
    void stop() {
        scrapyd.close();
    }

    @Test
    void listsTheProjectsSpidersByName() {
        scrapyd.on("/listspiders.json", json("{\"status\": \"ok\", \"spiders\": [\"spain\", \"argentina_vialidad\"]}"));

        SpiderChoices choices = spiders(Duration.ofSeconds(5)).list();

        assertThat(choices).isEqualTo(new SpiderChoices(List.of("argentina_vialidad", "spain"), null));
        assertThat(scrapyd.requests().getFirst().query()).isEqualTo("project=kingfisher");
    }

    @Test
    void withoutScrapydThereAreNoChoicesAndTheFormSaysWhy() {
        SpiderChoices choices = new ScrapydSpiders(new ScrapydProperties(null, "kingfisher", null)).list();

        assertThat(choices.spiders()).isEmpty();
        assertThat(choices.problem()).isEqualTo("Scrapyd is not configured: SCRAPYD_URL is not set");
    }

    @Test
    void anErrorFromScrapydGivesNoChoicesAndItsMessage() {
        scrapyd.on(
                "/listspiders.json", json("{\"status\": \"error\", \"message\": \"project 'kingfisher' not found\"}"));

        SpiderChoices choices = spiders(Duration.ofSeconds(5)).list();

        assertThat(choices.spiders()).isEmpty();
        assertThat(choices.problem())
                .isEqualTo(
                        "Scrapyd could not list its spiders: Scrapyd refused listspiders.json: project 'kingfisher' not found");
    }

    @Test
    void aSlowScrapydGivesNoChoicesAfterTheTimeout() {
        scrapyd.on("/listspiders.json", delayed(Duration.ofSeconds(3), json("{\"status\": \"ok\", \"spiders\": []}")));

        long start = System.nanoTime();
        SpiderChoices choices = spiders(Duration.ofMillis(300)).list();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(choices.spiders()).isEmpty();
        assertThat(choices.problem()).startsWith("Scrapyd could not list its spiders");
    }

    @Test
    void anUnreachableScrapydGivesNoChoices() {
        String url = scrapyd.url("/").toString();
        scrapyd.close();

        SpiderChoices choices =
                new ScrapydSpiders(new ScrapydProperties(url, "kingfisher", null), Duration.ofSeconds(2)).list();

        assertThat(choices.spiders()).isEmpty();
        assertThat(choices.problem()).startsWith("Scrapyd could not list its spiders");
    }

    private ScrapydSpiders spiders(Duration timeout) {
        return new ScrapydSpiders(new ScrapydProperties(scrapyd.url("").toString(), "kingfisher", null), timeout);
    }
}
