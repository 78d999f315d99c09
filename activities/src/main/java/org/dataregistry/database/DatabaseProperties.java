package org.dataregistry.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the registry's PostgreSQL database is.
 *
 * @param url JDBC URL ({@code jdbc:postgresql://host/db}) or libpq URL ({@code postgresql://user:pass@host/db})
 *     of an external PostgreSQL; blank starts the embedded PostgreSQL instead
 * @param username user for {@code url} (a libpq URL may carry its own)
 * @param password password for {@code url}
 * @param embeddedDataDir where the embedded PostgreSQL keeps its data; blank uses a throw-away
 *     temporary directory (tests)
 * @param embeddedDurable whether the embedded PostgreSQL flushes each commit to disk (fsync, synchronous commit);
 *     on unless turned off (tests, for speed)
 * @param bulkPoolSize connections of the bulk pool ({@link BulkPool}): long-running bulk activities use these,
 *     never the main pool's; 4 unless set (two bulk activities at once, with two connections each)
 */
@ConfigurationProperties("data-registry.database")
public record DatabaseProperties(String url, String username, String password, Path embeddedDataDir,
        Boolean embeddedDurable, Integer bulkPoolSize) {

    public DatabaseProperties {
        embeddedDurable = embeddedDurable == null || embeddedDurable;
        bulkPoolSize = bulkPoolSize == null ? 4 : bulkPoolSize;
        if (bulkPoolSize < 1) {
            throw new IllegalArgumentException("data-registry.database.bulk-pool-size must be at least 1, not "
                    + bulkPoolSize);
        }
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
