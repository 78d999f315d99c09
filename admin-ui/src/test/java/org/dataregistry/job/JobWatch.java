package org.dataregistry.job;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Watches a job in the database while its workflow runs it. */
final class JobWatch {

    private final JdbcClient jdbc;

    private JobWatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static JobWatch of(JdbcClient jdbc) {
        return new JobWatch(jdbc);
    }

    /** Waits until the job is COMPLETED, or fails the test with the tasks' state when it takes too long. */
    void awaitCompleted(long jobId, Duration timeout) throws InterruptedException {
        await(jobId, timeout, "COMPLETED", () -> "SELECT status FROM job WHERE id = :job");
    }

    /** Waits until the job's {@code task} is RUNNING. */
    void awaitRunning(long jobId, String task, Duration timeout) throws InterruptedException {
        await(jobId, timeout, "RUNNING", () -> "SELECT status FROM task WHERE job_id = :job AND type = '" + task + "'");
    }

    /** Each task's result, in order, e.g. {@code collect=OK}. */
    Map<String, String> taskResults(long jobId) {
        Map<String, String> results = new LinkedHashMap<>();
        jdbc.sql("SELECT type, result, note FROM task WHERE job_id = :job ORDER BY position")
                .param("job", jobId)
                .query(rs -> {
                    results.put(rs.getString("type"), rs.getString("result"));
                });
        return results;
    }

    private void await(long jobId, Duration timeout, String status, java.util.function.Supplier<String> sql)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String current = jdbc.sql(sql.get())
                    .param("job", jobId)
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (status.equals(current)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(
                "Job " + jobId + " not " + status + " after " + timeout + "; tasks: " + describe(jobId));
    }

    private String describe(long jobId) {
        return jdbc.sql("SELECT type, status, result, note, attempts, last_error FROM task WHERE job_id = :job "
                        + "ORDER BY position")
                .param("job", jobId)
                .query()
                .listOfRows()
                .toString();
    }
}
