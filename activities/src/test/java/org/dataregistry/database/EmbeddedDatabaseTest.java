package org.dataregistry.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
                Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (value text)");
            statement.execute("INSERT INTO kept VALUES ('still here')");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
                Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT value FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("value")).isEqualTo("still here");
        }
    }
}
