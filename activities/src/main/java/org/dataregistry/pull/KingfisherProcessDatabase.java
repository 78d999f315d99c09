package org.dataregistry.pull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.temporal.failure.ApplicationFailure;
import javax.sql.DataSource;
import org.dataregistry.database.PostgresUrl;
import org.dataregistry.process.KingfisherProcessProperties;
import org.dataregistry.security.Secrets;
import org.dataregistry.task.FailureTypes;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Kingfisher Process's PostgreSQL, read only. Connected on first use, so that the registry starts (and runs
 * built-in jobs) without it; a Kingfisher job that needs it while it isn't configured fails for good.
 */
@Component
@EnableConfigurationProperties(KingfisherProcessProperties.class)
public class KingfisherProcessDatabase implements DisposableBean {

    private final String url;
    private HikariDataSource dataSource;

    public KingfisherProcessDatabase(KingfisherProcessProperties properties) {
        this.url = properties.databaseUrl();
    }

    /**
     * @throws ApplicationFailure ({@code Configuration}) if no database URL is configured, or it is not a
     *     PostgreSQL URL
     */
    public synchronized DataSource dataSource() {
        if (dataSource == null) {
            dataSource = new HikariDataSource(config());
        }
        return dataSource;
    }

    private HikariConfig config() {
        if (url == null || url.isBlank()) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "Kingfisher Process's database is not configured: set "
                            + "KINGFISHER_PROCESS_DATABASE_URL (data-registry.kingfisher-process.database-url)",
                    FailureTypes.CONFIGURATION);
        }
        PostgresUrl target;
        try {
            target = PostgresUrl.parse(url.strip(), null, null);
        } catch (IllegalArgumentException e) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "KINGFISHER_PROCESS_DATABASE_URL is not usable: " + Secrets.mask(e.getMessage()),
                    FailureTypes.CONFIGURATION);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("kingfisher-process");
        config.setJdbcUrl(target.jdbcUrl());
        config.setUsername(target.username());
        config.setPassword(target.password());
        config.setReadOnly(true);
        config.setMaximumPoolSize(2);
        // Don't fail here when the database is away: the first query fails instead, as a temporary error.
        config.setInitializationFailTimeout(-1);
        return config;
    }

    @Override
    public synchronized void destroy() {
        if (dataSource != null) {
            dataSource.close();
        }
    }
}
