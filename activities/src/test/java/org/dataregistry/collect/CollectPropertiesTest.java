package org.dataregistry.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The collect settings as application.yaml and the environment give them. */
class CollectPropertiesTest {

    @Test
    void downloadLimitsHaveSafeDefaults() {
        DownloadProperties defaults = bind(Map.of()).bindOrCreate("data-registry.download", DownloadProperties.class);

        assertThat(defaults)
                .isEqualTo(new DownloadProperties(
                        DataSize.ofGigabytes(2),
                        10_000,
                        5,
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(6),
                        Duration.ofSeconds(30),
                        "DataRegistry/1.0 (OCDS data collector)",
                        List.of()));
    }

    @Test
    void settingsUseKebabCaseKeys() {
        Binder binder = bind(Map.of(
                "data-registry.download.max-response-size", "10MB",
                "data-registry.download.read-timeout", "5s",
                "data-registry.scrapyd.url", "http://scrapyd:6800",
                "data-registry.scrapyd.files-store", "/data/collect"));

        assertThat(binder.bindOrCreate("data-registry.download", DownloadProperties.class)
                        .maxResponseSize())
                .isEqualTo(DataSize.ofMegabytes(10));
        assertThat(binder.bindOrCreate("data-registry.scrapyd", ScrapydProperties.class))
                .isEqualTo(new ScrapydProperties("http://scrapyd:6800", "kingfisher", "/data/collect"));
    }

    @Test
    void scrapydEndpointsAreUnderTheBaseUrlWithOrWithoutItsTrailingSlash() {
        assertThat(new ScrapydProperties("http://host/scrapyd", "kingfisher", null).endpoint("schedule.json"))
                .hasToString("http://host/scrapyd/schedule.json");
        assertThat(new ScrapydProperties("http://host/scrapyd/", "kingfisher", null).endpoint("schedule.json"))
                .hasToString("http://host/scrapyd/schedule.json");
        assertThat(new ScrapydProperties("http://host:6800", "kingfisher", null).endpoint("logs/p/s/j.log"))
                .hasToString("http://host:6800/logs/p/s/j.log");
    }

    @Test
    void scrapydIsUsableOnlyWithAnHttpUrlAndAProject() {
        assertThat(new ScrapydProperties("http://host:6800", "kingfisher", null).missingSetting())
                .isEmpty();
        assertThat(new ScrapydProperties(" ", "kingfisher", null).missingSetting())
                .contains("SCRAPYD_URL is not set");
        assertThat(new ScrapydProperties("host:6800", "kingfisher", null).missingSetting())
                .contains("SCRAPYD_URL is not an http(s) URL: host:6800");
        assertThat(new ScrapydProperties("http://host:6800", "", null).missingSetting())
                .contains("SCRAPYD_PROJECT is not set");
    }

    @Test
    void aBlankFilesStoreMeansCrawlsCannotBeDeletedFromHere() {
        assertThat(new ScrapydProperties("http://host", "kingfisher", " ").filesStoreDirectory())
                .isEmpty();
        assertThat(new ScrapydProperties("http://host", "kingfisher", "/data").filesStoreDirectory())
                .contains(Path.of("/data"));
    }

    @Test
    void dataVersionsNameCrawlDirectoriesAsKingfisherCollectDoes() {
        assertThat(CrawlDirectory.name("2001-02-03 04:05:06")).isEqualTo("20010203_040506");
        assertThat(CrawlDirectory.name("2001-02-03T04:05:06")).isEqualTo("20010203_040506");
    }

    private static Binder bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties));
    }
}
