package org.dataregistry.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dataregistry.database.PersistenceTest;
import org.dataregistry.publication.Publication;
import org.dataregistry.publication.PublicationRepository;
import org.dataregistry.publication.TestPublications;
import org.dataregistry.settings.Setting;
import org.dataregistry.settings.SettingsBundle;
import org.dataregistry.settings.SettingsBundleRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Scrapy settings of a job's crawl, read from the embedded PostgreSQL. */
@PersistenceTest
class CrawlSettingsTest {

    @Autowired
    CrawlSettings crawlSettings;

    @Autowired
    PublicationRepository publications;

    @Autowired
    SettingsBundleRepository bundles;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJobsCrawlTakesItsPublicationsBundleSortedByKey() {
        SettingsBundle bundle = new SettingsBundle();
        bundle.setName("opentender.eu (Cloudflare)");
        bundle.setSettings(List.of(
                new Setting("CF_USER_AGENT", "Mozilla/5.0 RealChrome"),
                new Setting("CF_CLEARANCE", "cookie-value"),
                new Setting("CF_IMPERSONATE", "chrome")));
        Publication publication = TestPublications.complete("Opentender");
        publication.setSettingsBundleId(bundles.save(bundle).getId());

        long job = job(publications.save(publication));

        assertThat(crawlSettings.forJob(job))
                .hasValueSatisfying(settings -> assertThat(settings)
                        .extracting(Setting::asScrapydArgument)
                        .containsExactly(
                                "CF_CLEARANCE=cookie-value",
                                "CF_IMPERSONATE=chrome",
                                "CF_USER_AGENT=Mozilla/5.0 RealChrome"));
    }

    @Test
    void aPublicationWithoutABundleHasNoSettings() {
        long job = job(publications.save(TestPublications.complete("Plain")));

        assertThat(crawlSettings.forJob(job)).contains(List.of());
    }

    @Test
    void aJobThatDoesNotExistHasNoCrawl() {
        assertThat(crawlSettings.forJob(-1)).isEmpty();
    }

    private long job(Publication publication) {
        return jdbc.sql("INSERT INTO job (publication_id) VALUES (:publication) RETURNING id")
                .param("publication", publication.getId())
                .query(Long.class)
                .single();
    }
}
