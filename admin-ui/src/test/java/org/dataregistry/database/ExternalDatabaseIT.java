package org.dataregistry.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.dataregistry.license.License;
import org.dataregistry.license.LicenseRepository;
import org.dataregistry.translation.Translations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code DATABASE_URL} set, the app migrates and uses that PostgreSQL and starts no embedded one. Another
 * PostgreSQL server, started by the test, stands in for the external database.
 */
@SpringBootTest
class ExternalDatabaseIT {

    private static EmbeddedDatabase external;

    @Autowired
    LicenseRepository licenses;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void startExternalServer() {
        external = EmbeddedDatabase.start(null);
    }

    @AfterAll
    static void stopExternalServer() {
        external.close();
    }

    @DynamicPropertySource
    static void pointTheAppAtIt(DynamicPropertyRegistry registry) {
        // The libpq form most hosting platforms hand out, credentials included.
        registry.add(
                "data-registry.database.url",
                () -> external.url()
                        .replace("jdbc:postgresql://", "postgresql://postgres:" + external.password() + "@"));
    }

    @Test
    void theAppStartsNoEmbeddedDatabase() {
        assertThat(context.getBeanProvider(EmbeddedDatabase.class).getIfAvailable())
                .isNull();
    }

    @Test
    void whatTheAppSavesLandsInTheExternalDatabase() throws Exception {
        License license = new License();
        license.setName(Translations.english("Written to the external database"));
        licenses.save(license);

        try (Connection connection = DriverManager.getConnection(external.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name_en FROM license")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Written to the external database");
        }
    }
}
