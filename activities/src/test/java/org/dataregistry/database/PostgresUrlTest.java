package org.dataregistry.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresUrlTest {

    @Test
    void jdbcUrlsAreUsedAsGiven() {
        assertThat(PostgresUrl.parse("jdbc:postgresql://db:5432/registry", "app", "secret"))
                .isEqualTo(new PostgresUrl("jdbc:postgresql://db:5432/registry", "app", "secret"));
    }

    @Test
    void libpqUrlsBecomeJdbcUrlsWithTheirCredentials() {
        assertThat(PostgresUrl.parse("postgresql://app:s%40cret@db.example.com:6543/registry?sslmode=require", "", ""))
                .isEqualTo(new PostgresUrl(
                        "jdbc:postgresql://db.example.com:6543/registry?sslmode=require", "app", "s@cret"));
    }

    @Test
    void explicitCredentialsWinOverTheUrls() {
        assertThat(PostgresUrl.parse("postgres://app:old@db/registry", "other", "new"))
                .isEqualTo(new PostgresUrl("jdbc:postgresql://db/registry", "other", "new"));
    }

    @Test
    void otherSchemesAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> PostgresUrl.parse("mysql://db/registry", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DATABASE_URL must start with jdbc:postgresql:");
    }
}
