package org.dataregistry.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.dataregistry.security.Secrets;

/**
 * A PostgreSQL connection target given either as a JDBC URL or as a libpq URL
 * ({@code postgresql://user:password@host:port/database?params}), the form most hosting platforms hand out.
 */
public record PostgresUrl(String jdbcUrl, String username, String password) {

    public static PostgresUrl parse(String url, String username, String password) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresUrl(url, username, password);
        }
        if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must start with jdbc:postgresql:, postgresql:// or postgres://, but was: "
                            + Secrets.mask(url));
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            // The URI's own message quotes the whole URL, password included.
            throw new IllegalArgumentException("DATABASE_URL is not a valid URL: " + e.getReason() + " at index "
                    + e.getIndex() + " of " + Secrets.mask(url));
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbcUrl = "jdbc:postgresql://" + host + port + uri.getRawPath() + query;

        String user = username;
        String secret = password;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = blankToNull(user) == null ? decode(parts[0]) : user;
            if (parts.length == 2 && blankToNull(secret) == null) {
                secret = decode(parts[1]);
            }
        }
        return new PostgresUrl(jdbcUrl, user, secret);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
