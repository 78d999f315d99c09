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

    @BeforeEach
    void listening() throws InterruptedException {
        before = await(version -> true);
    }

    @Test
    void committedChangesToPublicationsJobsAndLicensesMoveTheVersion() throws InterruptedException {
        long license = jdbc.sql("INSERT INTO license (name_en) VALUES ('CC0') RETURNING id").query(Long.class).single();
        long afterLicense = await(version -> version > before);

        long publication = jdbc.sql("INSERT INTO publication (title, source_id, license_id) VALUES ('Changes', 'x', :l) "
                + "RETURNING id").param("l", license).query(Long.class).single();
        long afterPublication = await(version -> version > afterLicense);

        jdbc.sql("INSERT INTO job (publication_id) VALUES (:p)").param("p", publication).update();
        long afterJob = await(version -> version > afterPublication);

        jdbc.sql("DELETE FROM publication WHERE id = :p").param("p", publication).update();
        await(version -> version > afterJob);
        jdbc.sql("DELETE FROM license WHERE id = :l").param("l", license).update();
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
