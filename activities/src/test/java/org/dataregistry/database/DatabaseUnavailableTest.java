package org.dataregistry.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.worker.WorkerFactoryOptions;
import java.net.SocketException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import org.dataregistry.collect.CollectActivities;
import org.dataregistry.collect.DownloadRequest;
import org.dataregistry.collect.DownloadResult;
import org.dataregistry.process.TestJobRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A task whose activity can't reach the database is retried with the note "database unavailable", not a JDBC
 * exception: made real here by an activity waiting in vain for a connection of an exhausted pool, through the app's
 * worker interceptors in the app's order, while the task's note is written through the main pool.
 */
@SpringBootTest
class DatabaseUnavailableTest {

    private static final ActivityOptions ONE_ATTEMPT = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofMinutes(1))
            .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
            .build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HikariDataSource main;

    @Autowired
    List<WorkerInterceptor> interceptors;

    private HikariDataSource exhausted;
    private TestJobRows jobs;
    private TestActivityEnvironment temporal;

    @BeforeEach
    void setUp() {
        jobs = new TestJobRows(jdbc);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(main.getJdbcUrl());
        config.setUsername(main.getUsername());
        config.setPassword(main.getPassword());
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        exhausted = new HikariDataSource(config);
        temporal = TestActivityEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
                .setWorkerFactoryOptions(WorkerFactoryOptions.newBuilder()
                        .setWorkerInterceptors(interceptors.toArray(WorkerInterceptor[]::new))
                        .build())
                .build());
    }

    @AfterEach
    void tearDown() throws SQLException {
        temporal.close();
        exhausted.close();
        jobs.deleteAll();
    }

    @Test
    void aTaskWhoseDatabaseIsAwayIsRetriedWithTheNoteDatabaseUnavailable() throws SQLException {
        long job = jobs.job();
        jdbc.sql("UPDATE task SET status = 'RUNNING' WHERE job_id = :job AND type = 'collect'")
                .param("job", job)
                .update();
        Connection held = exhausted.getConnection();
        temporal.registerActivitiesImplementations(new DownloadThroughAnExhaustedPool());
        CollectActivities download = temporal.newActivityStub(CollectActivities.class, ONE_ATTEMPT);

        assertThatThrownBy(() -> download.download(new DownloadRequest(job, "https://example.com/ocds.json")))
                .isInstanceOf(ActivityFailure.class)
                .cause()
                .isInstanceOfSatisfying(ApplicationFailure.class, failure -> {
                    assertThat(failure.getOriginalMessage()).isEqualTo("database unavailable");
                    assertThat(failure.getType()).isEqualTo(DatabaseUnavailable.TYPE);
                    assertThat(failure.isNonRetryable()).as("retried").isFalse();
                });

        String note = jdbc.sql("SELECT last_error FROM task WHERE job_id = :job AND type = 'collect'")
                .param("job", job)
                .query(String.class)
                .single();
        assertThat(note)
                .matches("retrying: attempt \\d+, next attempt at .*; last error: database unavailable")
                .doesNotContain("Exception", "Hikari", "java.", "org.");
        held.close();
    }

    @Test
    void connectionFailuresAreRecognisedWhereverTheyAreWrapped() {
        assertThat(DatabaseUnavailable.isCause(new SQLTransientConnectionException(
                        "data-registry - Connection is not available, request timed out after 30000ms")))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection",
                        new PSQLException(
                                "Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new PSQLException(
                        "An I/O error occurred while sending to the backend.",
                        PSQLState.CONNECTION_FAILURE,
                        new SocketException("Connection reset")))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .as("the server stopping under a query")
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotAnOutage() {
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException(
                        "duplicate key", new PSQLException("duplicate key value", PSQLState.UNIQUE_VIOLATION))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("HTTP 503")))
                .isFalse();
    }

    /** A collect activity whose work reads the database through a pool whose only connection is taken. */
    private final class DownloadThroughAnExhaustedPool implements CollectActivities {
        @Override
        public DownloadResult download(DownloadRequest request) {
            JdbcClient.create(exhausted).sql("SELECT 1").query(Integer.class).single();
            throw new AssertionError("the pool should have been exhausted");
        }

        @Override
        public void wipe(long jobId) {}
    }
}
