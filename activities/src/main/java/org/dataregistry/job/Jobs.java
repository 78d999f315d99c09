package org.dataregistry.job;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.task.TaskType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Creating jobs, and the job facts the controls need before they act. */
@Repository
public class Jobs {

    private final JdbcClient jdbc;

    public Jobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates a PLANNED job with its five PLANNED tasks for the publication. Refused when the publication already
     * has an incomplete job: the database allows one at a time, whoever else (the scheduler, another admin) is
     * creating one at the same moment.
     */
    @Transactional
    public long create(long publicationId) {
        long jobId;
        try {
            jobId = jdbc.sql("INSERT INTO job (publication_id) VALUES (:publication) RETURNING id")
                    .param("publication", publicationId).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ActionRefusedException("This publication already has a job that hasn't completed: "
                    + "wait for it to complete, or cancel it first.");
        }
        for (TaskType type : TaskType.values()) {
            jdbc.sql("INSERT INTO task (job_id, type, position) VALUES (:job, :type, :position)")
                    .param("job", jobId).param("type", type.value()).param("position", type.position()).update();
        }
        return jobId;
    }

    /** The publication's job that hasn't completed, if any. */
    public Optional<Long> incompleteJobOf(long publicationId) {
        return jdbc.sql("SELECT id FROM job WHERE publication_id = :publication AND status <> 'COMPLETED'")
                .param("publication", publicationId).query(Long.class).optional();
    }

    /** The job's status, publication and flags; empty when the job doesn't exist. */
    public Optional<JobState> state(long jobId) {
        return jdbc.sql("""
                        SELECT id, publication_id, status, archived, keep_all_data FROM job WHERE id = :job
                        """)
                .param("job", jobId)
                .query((rs, row) -> new JobState(rs.getLong("id"), rs.getLong("publication_id"),
                        rs.getString("status"), rs.getBoolean("archived"), rs.getBoolean("keep_all_data")))
                .optional();
    }

    /**
     * Jobs a workflow should be driving: running ones, and planned ones whose workflow never started (created by
     * "run now" or the scheduler just before a crash).
     */
    public List<Long> jobsAwaitingAWorkflow() {
        return jdbc.sql("SELECT id FROM job WHERE status <> 'COMPLETED' ORDER BY id").query(Long.class).list();
    }

    /**
     * Marks the job's running tasks as interrupted by an app restart, before its run is resumed: the resumed task
     * keeps its first start and its attempts, counting the interrupted one (at each restart that interrupts it), and
     * says it was resumed (see {@link JobBookkeepingActivitiesImpl#RESUMED}).
     */
    public void markResumed(long jobId) {
        jdbc.sql("""
                        UPDATE task SET note = :resumed, attempts = attempts + 1, modified = now()
                        WHERE job_id = :job AND status = 'RUNNING'
                        """)
                .param("job", jobId).param("resumed", JobBookkeepingActivitiesImpl.RESUMED).update();
    }

    /** The first task of the job that hasn't completed: where a resumed run starts. */
    public Optional<TaskType> firstIncompleteTask(long jobId) {
        return jdbc.sql("""
                        SELECT type FROM task WHERE job_id = :job AND status <> 'COMPLETED' ORDER BY position LIMIT 1
                        """)
                .param("job", jobId).query(String.class).optional().map(TaskType::fromValue);
    }

    /** When the job's {@code task} completed OK; empty when its latest run didn't. */
    public Optional<Instant> succeededAt(long jobId, TaskType task) {
        return jdbc.sql("SELECT \"end\" FROM task WHERE job_id = :job AND type = :type AND result = 'OK'")
                .param("job", jobId).param("type", task.value()).query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /** Merges entries into the job's context, e.g. who cancelled it and why. */
    public void recordInContext(long jobId, String json) {
        jdbc.sql("UPDATE job SET context = context || CAST(:context AS jsonb) WHERE id = :job")
                .param("job", jobId).param("context", json).update();
    }

    public void setKeepAllData(long jobId, boolean keep) {
        jdbc.sql("UPDATE job SET keep_all_data = :keep, modified = now() WHERE id = :job")
                .param("job", jobId).param("keep", keep).update();
    }

    /**
     * A job as the controls see it.
     *
     * @param status PLANNED, RUNNING or COMPLETED
     * @param archived whether its temporary data was deleted
     * @param keepAllData whether its temporary data is preserved
     */
    public record JobState(long id, long publicationId, String status, boolean archived, boolean keepAllData) {

        public boolean completed() {
            return "COMPLETED".equals(status);
        }
    }
}
