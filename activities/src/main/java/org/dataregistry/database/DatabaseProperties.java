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
 */
@ConfigurationProperties("data-registry.database")
public record DatabaseProperties(
        String url, String username, String password, Path embeddedDataDir, Boolean embeddedDurable) {

    public DatabaseProperties {
        embeddedDurable = embeddedDurable == null || embeddedDurable;
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
