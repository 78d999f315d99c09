package org.dataregistry.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The catalogue's version moves when a change to what the public site shows is committed, and only then. */
@SpringBootTest
class CatalogueChangesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Autowired
    CatalogueChanges changes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private long before;

    /** Once listening, and once every notification of an earlier test has arrived. */
    @BeforeEach
    void settled() throws InterruptedException {
        long version = await(any -> true);
        do {
            before = version;
            Thread.sleep(300);
            version = await(any -> true);
        } while (version != before);
    }

    @Test
    void committedChangesToPublicationsJobsAndLicensesMoveTheVersion() throws InterruptedException {
        long license = jdbc.sql("INSERT INTO license (name_en) VALUES ('CC0') RETURNING id")
                .query(Long.class)
                .single();
        long afterLicense = await(version -> version > before);

        long publication = jdbc.sql("INSERT INTO publication (title, source_id, license_id) "
                        + "VALUES ('Changes', 'x', :l) RETURNING id")
                .param("l", license)
                .query(Long.class)
                .single();
        long afterPublication = await(version -> version > afterLicense);

        long job = jdbc.sql("INSERT INTO job (publication_id, status, start, \"end\") "
                        + "VALUES (:p, 'COMPLETED', now(), now()) RETURNING id")
                .param("p", publication)
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE publication SET active_job_id = :j WHERE id = :p")
                .param("j", job)
                .param("p", publication)
                .update();
        long afterActivation = await(version -> version > afterPublication);

        jdbc.sql("UPDATE job SET context = '{\"exported_files\": []}' WHERE id = :j")
                .param("j", job)
                .update();
        long afterActiveJob = await(version -> version > afterActivation);

        jdbc.sql("DELETE FROM publication WHERE id = :p")
                .param("p", publication)
                .update();
        await(version -> version > afterActiveJob);
        jdbc.sql("DELETE FROM license WHERE id = :l").param("l", license).update();
    }

    @Test
    void aJobThatIsNotActiveChangesNothingShown() throws InterruptedException {
        long publication = jdbc.sql("INSERT INTO publication (title, source_id) VALUES ('Running', 'y') RETURNING id")
                .query(Long.class)
                .single();
        long job = jdbc.sql("INSERT INTO job (publication_id, status, start) VALUES (:p, 'RUNNING', now()) "
                        + "RETURNING id")
                .param("p", publication)
                .query(Long.class)
                .single();
        long settled = await(version -> version > before);

        jdbc.sql("UPDATE job SET context = '{\"pages\": 3}' WHERE id = :j")
                .param("j", job)
                .update();
        jdbc.sql("DELETE FROM job WHERE id = :j").param("j", job).update();
        Thread.sleep(500);

        assertThat(changes.version()).hasValue(settled);
        jdbc.sql("DELETE FROM publication WHERE id = :p")
                .param("p", publication)
                .update();
    }

    @Test
    void aRolledBackChangeOrAnUnrelatedTableLeavesItWhereItWas() throws InterruptedException {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO license (name_en) VALUES ('Never committed')").update();
            status.setRollbackOnly();
        });
        jdbc.sql("INSERT INTO settings_bundle (name) VALUES ('Unrelated')").update();
        Thread.sleep(500);

        assertThat(changes.version()).hasValue(before);
        jdbc.sql("DELETE FROM settings_bundle WHERE name = 'Unrelated'").update();
    }

    /** Waits until the version is known and passes {@code test}; returns it. */
    private long await(LongPredicate test) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            OptionalLong version = changes.version();
            if (version.isPresent() && test.test(version.getAsLong())) {
                return version.getAsLong();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The catalogue version did not move as expected within " + PATIENCE);
    }
}
