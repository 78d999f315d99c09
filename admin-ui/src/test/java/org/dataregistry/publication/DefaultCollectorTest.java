package org.dataregistry.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.dataregistry.collect.ScrapydProperties;
import org.junit.jupiter.api.Test;

class DefaultCollectorTest {

    @Test
    void aNewPublicationIsDownloadedByTheBuiltInCollectorUnlessScrapydIsConfigured() {
        assertThat(Publications.defaultCollector(new ScrapydProperties("", "kingfisher", null)))
                .isEqualTo(Collector.HTTP);
        assertThat(Publications.defaultCollector(new ScrapydProperties(null, "kingfisher", null)))
                .isEqualTo(Collector.HTTP);
        assertThat(Publications.defaultCollector(new ScrapydProperties("http://scrapyd:6800/", "kingfisher", null)))
                .isEqualTo(Collector.SCRAPYD);
    }
}
