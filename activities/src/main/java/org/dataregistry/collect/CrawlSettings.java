package org.dataregistry.collect;

import java.util.List;
import java.util.Optional;
import org.dataregistry.settings.Setting;
import org.dataregistry.settings.SettingsBundle;
import org.dataregistry.settings.SettingsBundleRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Scrapy settings a job's crawl runs with: those of its publication's settings bundle. */
@Repository
public class CrawlSettings {

    private final JdbcClient jdbc;
    private final SettingsBundleRepository bundles;

    public CrawlSettings(JdbcClient jdbc, SettingsBundleRepository bundles) {
        this.jdbc = jdbc;
        this.bundles = bundles;
    }

    /**
     * The settings by key (none when the publication has no bundle); empty when the job does not exist.
     */
    public Optional<List<Setting>> forJob(long jobId) {
        List<Optional<Long>> bundle = jdbc.sql("""
                        SELECT p.settings_bundle_id
                        FROM job j JOIN publication p ON p.id = j.publication_id
                        WHERE j.id = :jobId
                        """)
                .param("jobId", jobId)
                .query((rs, row) -> Optional.ofNullable(rs.getObject("settings_bundle_id", Long.class)))
                .list();
        return bundle.stream()
                .findFirst()
                .map(id -> id.flatMap(bundles::findById)
                        .map(SettingsBundle::sortedSettings)
                        .orElse(List.of()));
    }
}
