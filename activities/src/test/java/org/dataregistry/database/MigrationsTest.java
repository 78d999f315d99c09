package org.dataregistry.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The schema every migration builds on an empty database, and the rules it enforces by itself. */
@PersistenceTest
class MigrationsTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void everyMigrationAppliesToAnEmptyDatabase() {
        MigrationInfo[] applied = flyway.info().applied();

        assertThat(applied)
                .isNotEmpty()
                .allSatisfy(
                        migration -> assertThat(migration.getState().isFailed()).isFalse());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void searchKeyFoldsCaseAndAccents() {
        assertThat(jdbc.sql("SELECT search_key('Montréal MÉXICO Ñuñoa')")
                        .query(String.class)
                        .single())
                .isEqualTo("montreal mexico nunoa");
    }

    @Test
    void searchKeyDeletesPunctuationAndKeepsLettersOfEveryScript() {
        assertThat(jdbc.sql("SELECT search_key('Côte d’Ivoire, «Guinea-Bissau» 100% ¿Qué? Кот-д’Ивуар 上海')")
                        .query(String.class)
                        .single())
                .isEqualTo("cote divoire guineabissau 100 que котдивуар 上海");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void publicationsSavedBeforeV10AreSearchedWithItsFolding() {
        // The search text is a stored column: V10 must compute it again for rows written under V9's rule. Flyway
        // migrates on connections of its own, so this test commits, in a schema of its own that it drops.
        String schema = "before_v10";
        JdbcTemplate autocommit = new JdbcTemplate(dataSource);
        try {
            migrateTo(schema, "9");
            autocommit.update("INSERT INTO " + schema + ".publication (title, source_id, country_en) "
                    + "VALUES ('Open data', 's', 'Côte d''Ivoire')");

            migrateTo(schema, "10");

            assertThat(autocommit.queryForObject(
                            "SELECT count(*) FROM " + schema + ".publication " + "WHERE search_text LIKE '%' || "
                                    + schema + ".search_key('cote divoire') || '%'",
                            Integer.class))
                    .isEqualTo(1);
        } finally {
            autocommit.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private void migrateTo(String schema, String version) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .target(version)
                .load()
                .migrate();
    }

    @Test
    void enumColumnsRejectUnknownValues() {
        assertRefused("INSERT INTO publication (title, source_id, region) VALUES ('t', 's', 'MARS')");
        assertRefused("INSERT INTO publication (title, source_id, retrieval_frequency) VALUES ('t', 's', 'DAILY')");
        assertRefused("INSERT INTO publication (title, source_id, collector) VALUES ('t', 's', 'FTP')");
        long publication = publication();
        assertRefused("INSERT INTO job (publication_id, status) VALUES (" + publication + ", 'WAITING')");
        long job = job(publication, "PLANNED");
        assertRefused("INSERT INTO task (job_id, type, position) VALUES (" + job + ", 'coverage', 4)");
        assertRefused("INSERT INTO task (job_id, type, position, status, result) VALUES (" + job
                + ", 'collect', 1, 'COMPLETED', 'MAYBE')");
    }

    @Test
    void requiredTextsCannotBeBlank() {
        assertRefused("INSERT INTO publication (title, source_id) VALUES ('  ', 'spider')");
        assertRefused("INSERT INTO publication (title, source_id) VALUES ('Title', '')");
        assertRefused("INSERT INTO license (name_en) VALUES ('')");
        assertRefused("INSERT INTO settings_bundle (name) VALUES ('')");
    }

    @Test
    void urlsMustBeHttp() {
        assertRefused("INSERT INTO publication (title, source_id, source_url) VALUES ('t', 's', 'ftp://example.com')");
        assertRefused("INSERT INTO license (name_en, url) VALUES ('CC', 'javascript:alert(1)')");
    }

    @Test
    void theBuiltInCollectorNeedsASourceUrl() {
        assertRefused("INSERT INTO publication (title, source_id, collector) VALUES ('t', 's', 'HTTP')");
    }

    @Test
    void releaseDatesMustBeInOrder() {
        assertRefused("INSERT INTO publication (title, source_id, date_from, date_to) "
                + "VALUES ('t', 's', '2024-02-01', '2024-01-01')");
    }

    @Test
    void aLicenseInUseCannotBeDeleted() {
        long license = jdbc.sql("INSERT INTO license (name_en) VALUES ('CC BY') RETURNING id")
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO publication (title, source_id, license_id) VALUES ('t', 's', :license)")
                .param("license", license)
                .update();

        assertRefused("DELETE FROM license WHERE id = " + license);
    }

    @Test
    void deletingASettingsBundleLeavesItsPublicationsWithoutOne() {
        long bundle = jdbc.sql("INSERT INTO settings_bundle (name) VALUES ('Cloudflare') RETURNING id")
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO setting (settings_bundle_id, key, value) VALUES (:bundle, 'CF_CLEARANCE', 'x')")
                .param("bundle", bundle)
                .update();
        long publication = jdbc.sql("INSERT INTO publication (title, source_id, settings_bundle_id) "
                        + "VALUES ('t', 's', :bundle) RETURNING id")
                .param("bundle", bundle)
                .query(Long.class)
                .single();

        jdbc.sql("DELETE FROM settings_bundle WHERE id = :bundle")
                .param("bundle", bundle)
                .update();

        assertThat(jdbc.sql("SELECT settings_bundle_id FROM publication WHERE id = :id")
                        .param("id", publication)
                        .query(Long.class)
                        .optional())
                .isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM setting").query(Long.class).single())
                .isZero();
    }

    @Test
    void settingKeysAreUniquePerBundle() {
        long bundle = jdbc.sql("INSERT INTO settings_bundle (name) VALUES ('b') RETURNING id")
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO setting (settings_bundle_id, key) VALUES (:bundle, 'CF_CLEARANCE')")
                .param("bundle", bundle)
                .update();

        assertRefused("INSERT INTO setting (settings_bundle_id, key) VALUES (" + bundle + ", 'CF_CLEARANCE')");
    }

    @Test
    void anActiveJobCannotBeDeletedButItsPublicationCan() {
        long publication = publication();
        long job = completedJob(publication);
        jdbc.sql("INSERT INTO task (job_id, type, position, status, result, start, \"end\") "
                        + "VALUES (:job, 'collect', 1, 'COMPLETED', 'OK', now(), now())")
                .param("job", job)
                .update();
        jdbc.sql("UPDATE publication SET active_job_id = :job WHERE id = :id")
                .param("job", job)
                .param("id", publication)
                .update();

        assertRefused("DELETE FROM job WHERE id = " + job);

        jdbc.sql("DELETE FROM publication WHERE id = :id")
                .param("id", publication)
                .update();
        assertThat(jdbc.sql("SELECT count(*) FROM job").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM task").query(Long.class).single())
                .isZero();
    }

    @Test
    void aPublicationHasAtMostOneIncompleteJob() {
        long publication = publication();
        completedJob(publication);
        job(publication, "PLANNED");

        assertRefused("INSERT INTO job (publication_id, status, start) VALUES (" + publication + ", 'RUNNING', now())");
    }

    @Test
    void eachTaskTypeRunsOncePerJob() {
        long job = job(publication(), "PLANNED");
        jdbc.sql("INSERT INTO task (job_id, type, position) VALUES (:job, 'collect', 1)")
                .param("job", job)
                .update();

        assertRefused("INSERT INTO task (job_id, type, position) VALUES (" + job + ", 'collect', 1)");
    }

    @Test
    void aCompletedTaskHasAResultAndOnlyThen() {
        long job = job(publication(), "PLANNED");

        assertRefused(
                "INSERT INTO task (job_id, type, position, status) VALUES (" + job + ", 'collect', 1, 'COMPLETED')");
        assertRefused("INSERT INTO task (job_id, type, position, status, result) VALUES (" + job
                + ", 'collect', 1, 'RUNNING', 'OK')");
    }

    @Test
    void usernamesAreUniqueIgnoringCase() {
        jdbc.sql("INSERT INTO users (username, password_hash) VALUES ('Alice', 'x')")
                .update();

        assertRefused("INSERT INTO users (username, password_hash) VALUES ('alice', 'y')");
    }

    private long publication() {
        return jdbc.sql("INSERT INTO publication (title, source_id) VALUES ('Title', 'spider') RETURNING id")
                .query(Long.class)
                .single();
    }

    private long job(long publication, String status) {
        return jdbc.sql("INSERT INTO job (publication_id, status, start) VALUES (:publication, :status, "
                        + "CASE WHEN :status = 'PLANNED' THEN NULL ELSE now() END) RETURNING id")
                .param("publication", publication)
                .param("status", status)
                .query(Long.class)
                .single();
    }

    private long completedJob(long publication) {
        return jdbc.sql("INSERT INTO job (publication_id, status, start, \"end\") "
                        + "VALUES (:publication, 'COMPLETED', now(), now()) RETURNING id")
                .param("publication", publication)
                .query(Long.class)
                .single();
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> jdbc.sql("SAVEPOINT refused; " + sql).update())
                .as(sql)
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.sql("ROLLBACK TO SAVEPOINT refused").update();
    }
}
