package org.dataregistry.job;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publications and jobs written to the database as the workflow would leave them, without running one. Publications
 * collect through Scrapyd, which tests don't configure: a job a test starts fails at once instead of running (and
 * {@link org.dataregistry.TestDatabase} stops its workflow before the next test).
 */
@Component
public class JobFixtures {

    /** When fixture jobs start: 1 Nov 2026, 10:00 UTC; they end a day later. */
    public static final Instant START = Instant.parse("2026-11-01T10:00:00Z");

    private final JdbcClient jdbc;
    private final JobStore jobs;
    private final TaskNotes notes;

    JobFixtures(JdbcClient jdbc, JobStore jobs, TaskNotes notes) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.notes = notes;
    }

    public long publication(String title, String country) {
        return jdbc.sql("""
                        INSERT INTO publication (title, country_en, source_id, retrieval_frequency)
                        VALUES (:title, :country, 'spider', 'MONTHLY') RETURNING id
                        """)
                .param("title", title)
                .param("country", country)
                .query(Long.class)
                .single();
    }

    /** A completed job whose five tasks completed OK. */
    public long succeeded(long publication) {
        return job(publication, JobStatus.COMPLETED, "OK", "OK", "OK", "OK", "OK");
    }

    /**
     * A job in {@code status} whose first tasks completed with {@code results} (OK, FAILED or CANCELLED), in
     * order; a running job's next task is running, the others are planned.
     */
    public long job(long publication, JobStatus status, String... results) {
        long job = jobs.create(publication);
        boolean completed = status == JobStatus.COMPLETED;
        jdbc.sql("UPDATE job SET status = :status, start = :start, \"end\" = :end WHERE id = :job")
                .param("job", job)
                .param("status", status.name())
                .param("start", status == JobStatus.PLANNED ? null : Timestamp.from(START), java.sql.Types.TIMESTAMP)
                .param("end", completed ? Timestamp.from(START.plusSeconds(86_400)) : null, java.sql.Types.TIMESTAMP)
                .update();
        for (int i = 0; i < results.length; i++) {
            task(job, TaskType.values()[i], "COMPLETED", results[i]);
        }
        if (status == JobStatus.RUNNING && results.length < TaskType.values().length) {
            task(job, TaskType.values()[results.length], "RUNNING", "");
        }
        return job;
    }

    /**
     * Gives the next job this id. Job ids start at 1 in every test, but Temporal keeps the workflows of earlier
     * tests' jobs: a test that runs or reads a job's workflow takes an id no other test uses.
     */
    public void nextJobId(long id) {
        jdbc.sql("SELECT setval(pg_get_serial_sequence('job', 'id'), :id, false)")
                .param("id", id)
                .query()
                .singleValue();
    }

    /** Makes the job its publication's active job. */
    public void activate(long job) {
        jdbc.sql(
                        "UPDATE publication SET active_job_id = :job WHERE id = (SELECT publication_id FROM job WHERE id = :job)")
                .param("job", job)
                .update();
    }

    /** Sets columns of the job, e.g. {@code "archived = true"}. */
    public void update(long job, String assignments) {
        jdbc.sql("UPDATE job SET " + assignments + " WHERE id = :job")
                .param("job", job)
                .update();
    }

    /** Records a temporary error the task is being retried for, as the worker's interceptor does. */
    public void retrying(long job, TaskType task, int attempts, String error) {
        jdbc.sql("UPDATE task SET attempts = :attempts, last_error = :error WHERE job_id = :job AND type = :type")
                .param("attempts", attempts)
                .param("error", error)
                .param("job", job)
                .param("type", task.value())
                .update();
    }

    public void notes(long job, TaskType task, List<TaskNoteRecord> taskNotes) {
        notes.replace(job, task, taskNotes);
    }

    /** The job's task statuses and results, in order, e.g. {@code "COMPLETED CANCELLED"}. */
    public List<String> tasks(long job) {
        return jdbc.sql("SELECT status || ' ' || result FROM task WHERE job_id = :job ORDER BY position")
                .param("job", job)
                .query(String.class)
                .list();
    }

    /** The jobs of the publication, oldest first. */
    public List<Long> jobsOf(long publication) {
        return jdbc.sql("SELECT id FROM job WHERE publication_id = :p ORDER BY id")
                .param("p", publication)
                .query(Long.class)
                .list();
    }

    /** Sets the task's status and result (OK, FAILED, CANCELLED or '' while it runs), as the workflow would. */
    public void task(long job, TaskType task, String status, String result) {
        boolean completed = "COMPLETED".equals(status);
        jdbc.sql("""
                        UPDATE task SET status = :status, result = :result, start = :start, "end" = :end
                        WHERE job_id = :job AND type = :type
                        """)
                .param("status", status)
                .param("result", result)
                .param("start", Timestamp.from(START))
                .param("end", completed ? Timestamp.from(START.plusSeconds(3600)) : null, java.sql.Types.TIMESTAMP)
                .param("job", job)
                .param("type", task.value())
                .update();
    }
}
