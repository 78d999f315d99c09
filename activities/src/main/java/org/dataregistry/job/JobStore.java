package org.dataregistry.job;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dataregistry.process.PublicationMetadata;
import org.dataregistry.pull.JobCounts;
import org.dataregistry.pull.PullResult;
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.task.TaskType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job and task rows: every write to them, from creating a job to deleting it, and the facts the controls and the
 * recovery read before they act. The workflow writes through the bookkeeping activity, which adapts this; the admin
 * controls, the scheduler and the worker's attempt counter call it directly. A task's notes, which its activities
 * write, are {@link TaskNotes}'s.
 */
@Repository
public class JobStore {

    /**
     * The note of a task that was running when the app stopped and runs again as the job resumes ({@link
     * #markResumed}): it keeps its first start and its attempts, and the note while it runs and once it succeeds.
     */
    public static final String RESUMED = "resumed after the app restarted";

    /** SQL: the task row is one being resumed. */
    private static final String IS_RESUMED = "(status = 'RUNNING' AND note = :resumed)";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public JobStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
                    .param("publication", publicationId)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new ActionRefusedException("This publication already has a job that hasn't completed: "
                    + "wait for it to complete, or cancel it first.");
        }
        createMissingTasks(jobId);
        return jobId;
    }

    /** The publication's job that hasn't completed, if any. */
    public Optional<Long> incompleteJobOf(long publicationId) {
        return jdbc.sql("SELECT id FROM job WHERE publication_id = :publication AND status <> 'COMPLETED'")
                .param("publication", publicationId)
                .query(Long.class)
                .optional();
    }

    /** The job's status, publication and flags; empty when the job doesn't exist. */
    public Optional<JobState> state(long jobId) {
        return jdbc.sql("""
                        SELECT id, publication_id, status, archived, keep_all_data FROM job WHERE id = :job
                        """)
                .param("job", jobId)
                // The column keeps the original's name, archived: it means the temporary data was wiped.
                .query((rs, row) -> new JobState(
                        rs.getLong("id"),
                        rs.getLong("publication_id"),
                        JobStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("archived"),
                        rs.getBoolean("keep_all_data")))
                .optional();
    }

    /**
     * Jobs a workflow should be driving: running ones, and planned ones whose workflow never started (created by
     * "run now" or the scheduler just before a crash).
     */
    public List<Long> jobsAwaitingAWorkflow() {
        return jdbc.sql("SELECT id FROM job WHERE status <> 'COMPLETED' ORDER BY id")
                .query(Long.class)
                .list();
    }

    /** The first task of the job that hasn't completed: where a resumed run starts. */
    public Optional<TaskType> firstIncompleteTask(long jobId) {
        return jdbc.sql("""
                        SELECT type FROM task WHERE job_id = :job AND status <> 'COMPLETED' ORDER BY position LIMIT 1
                        """).param("job", jobId).query(String.class).optional().map(TaskType::fromValue);
    }

    /** When the job's {@code task} completed OK; empty when its latest run didn't. */
    public Optional<Instant> succeededAt(long jobId, TaskType task) {
        return jdbc.sql("SELECT \"end\" FROM task WHERE job_id = :job AND type = :type AND result = 'OK'")
                .param("job", jobId)
                .param("type", task.value())
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /**
     * Begins a run of the job from {@code firstTask}: the job becomes RUNNING (its start time is set by the first run
     * only), and that task and the ones after it become PLANNED again, with no result, note, times, attempts or task
     * notes, except a task the app's restart interrupted, which the run resumes. A run from a task that writes
     * temporary data (collect, process, pull) brings it back: the job is no longer "temporary data deleted". Returns
     * false, changing nothing, when the job doesn't exist.
     */
    @Transactional
    public boolean beginRun(long jobId, TaskType firstTask) {
        int updated = jdbc.sql("""
                        UPDATE job SET status = 'RUNNING', start = COALESCE(start, :now), "end" = NULL,
                                       archived = archived AND NOT :writesTemporaryData, modified = :now
                        WHERE id = :job
                        """)
                .param("job", jobId)
                .param("now", now())
                .param("writesTemporaryData", firstTask.position() <= TaskType.PULL.position())
                .update();
        if (updated == 0) {
            return false;
        }
        createMissingTasks(jobId);
        jdbc.sql("""
                        DELETE FROM task_note WHERE task_id IN
                            (SELECT id FROM task WHERE job_id = :job AND position >= :from)
                        """).param("job", jobId).param("from", firstTask.position()).update();
        jdbc.sql("""
                        UPDATE task SET status = 'PLANNED', result = '', note = '', start = NULL, "end" = NULL,
                                        attempts = 0, last_error = '', modified = :now
                        WHERE job_id = :job AND position >= :from AND NOT %s
                        """.formatted(IS_RESUMED))
                .param("job", jobId)
                .param("from", firstTask.position())
                .param("now", now())
                .param("resumed", RESUMED)
                .update();
        return true;
    }

    /**
     * The task is RUNNING from now; its start, attempts and last temporary error start afresh, except for a task the
     * app's restart interrupted, which keeps them and says it was resumed.
     */
    public void taskStarted(TaskRef task) {
        jdbc.sql("""
                        UPDATE task SET status = 'RUNNING', result = '', "end" = NULL, modified = :now,
                                        note = CASE WHEN %1$s THEN note ELSE '' END,
                                        start = CASE WHEN %1$s THEN start ELSE :now END,
                                        attempts = CASE WHEN %1$s THEN attempts ELSE 0 END,
                                        last_error = CASE WHEN %1$s THEN last_error ELSE '' END
                        WHERE job_id = :job AND type = :type
                        """.formatted(IS_RESUMED))
                .param("job", task.jobId())
                .param("type", task.task().value())
                .param("now", now())
                .param("resumed", RESUMED)
                .update();
    }

    /**
     * The task COMPLETED, OK or FAILED with the failure reason as its note; what it learned is merged into the job's
     * context. A failed task completes the job too (unsuccessful).
     */
    @Transactional
    public void taskEnded(TaskEnd end) {
        jdbc.sql("""
                        UPDATE task SET status = 'COMPLETED', result = :result, "end" = :now, modified = :now,
                                        note = CASE WHEN :succeeded AND note = :resumed THEN note ELSE :note END
                        WHERE job_id = :job AND type = :type
                        """)
                .param("job", end.jobId())
                .param("type", end.task().value())
                .param("succeeded", end.succeeded())
                .param("resumed", RESUMED)
                .param("result", end.succeeded() ? "OK" : "FAILED")
                .param("note", end.succeeded() ? "" : end.failureReason())
                .param("now", now())
                .update();
        mergeContext(end.jobId(), end.context());
        if (!end.succeeded()) {
            complete(end.jobId());
        }
    }

    /**
     * An attempt of one of the running task's activities ended, not in a temporary error: the task's attempts count
     * it, and its last error keeps only the error of a retry schedule that no longer holds.
     *
     * @param poll whether the activity polls external work, whose attempt numbers count polls: it counts one attempt
     * @param attempt the activity's attempt number
     */
    public void attemptEnded(TaskRef task, boolean poll, int attempt) {
        recordAttempt(task, poll ? "GREATEST(attempts, 1)" : attemptsAfter(task.task()), attempt, null);
    }

    /**
     * An attempt of one of the running task's activities ended in a temporary error, which is retried: the task's
     * attempts count it, and its last error is {@code retryingNote} (a {@link RetryingNote}).
     *
     * @param poll whether the activity polls external work: it counts one attempt plus one per temporary error
     */
    public void attemptRetrying(TaskRef task, boolean poll, int attempt, String retryingNote) {
        recordAttempt(task, poll ? "GREATEST(attempts, 1) + 1" : attemptsAfter(task.task()), attempt, retryingNote);
    }

    private void recordAttempt(TaskRef task, String attempts, int attempt, String error) {
        jdbc.sql("""
                        UPDATE task SET attempts = %s, modified = now(),
                                        last_error = COALESCE(:error, CASE
                                            WHEN last_error LIKE 'retrying: %%' AND strpos(last_error, :marker) > 0
                                            THEN substr(last_error, strpos(last_error, :marker) + length(:marker))
                                            ELSE last_error END)
                        WHERE job_id = :job AND type = :type AND status = 'RUNNING'
                        """.formatted(attempts))
                .param("attempt", attempt)
                .param("error", error, Types.VARCHAR)
                .param("marker", RetryingNote.LAST_ERROR)
                .param("resumed", RESUMED)
                .param("job", task.jobId())
                .param("type", task.task().value())
                .update();
    }

    /**
     * SQL: the attempts once attempt {@code :attempt} ended: its number, or for a resumed task the interrupted run's
     * attempts plus one (the flattener's files run side by side: the most of them counts, as before the restart).
     */
    private static String attemptsAfter(TaskType task) {
        return task == TaskType.FLATTENER
                ? "GREATEST(attempts, :attempt)"
                : "CASE WHEN note = :resumed THEN attempts + 1 ELSE GREATEST(attempts, :attempt) END";
    }

    /**
     * Marks the job's running tasks as interrupted by an app restart, before its run is resumed: the resumed task
     * keeps its first start and its attempts, counting the interrupted one (at each restart that interrupts it), and
     * says it was resumed ({@link #RESUMED}).
     */
    public void markResumed(long jobId) {
        jdbc.sql("""
                        UPDATE task SET note = :resumed, attempts = attempts + 1, modified = now()
                        WHERE job_id = :job AND status = 'RUNNING'
                        """).param("job", jobId).param("resumed", RESUMED).update();
    }

    /**
     * Merges what was learned into the job's context: its entries replace those with the same keys, the others stay.
     */
    public void mergeContext(long jobId, JobContext context) {
        if (context.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE job SET context = context || CAST(:context AS jsonb), modified = :now WHERE id = :job")
                .param("job", jobId)
                .param("context", json.writeValueAsString(context))
                .param("now", now())
                .update();
    }

    /** Stores what processing found out about the publication on the job (dates, OCID prefix, license, policy). */
    public void recordMetadata(long jobId, PublicationMetadata metadata) {
        jdbc.sql("""
                        UPDATE job SET date_from = CAST(:from AS date), date_to = CAST(:to AS date),
                                       ocid_prefix = :prefix, license = :license, publication_policy = :policy,
                                       modified = :now
                        WHERE id = :job
                        """)
                .param("job", jobId)
                .param("from", metadata.dateFrom())
                .param("to", metadata.dateTo())
                .param("prefix", nullToEmpty(metadata.ocidPrefix()))
                .param("license", nullToEmpty(metadata.license()))
                .param("policy", nullToEmpty(metadata.publicationPolicy()))
                .param("now", now())
                .update();
    }

    /** Stores the coverage and the 14 counts on the job. */
    public void recordCoverage(long jobId, PullResult pull) {
        JobCounts counts = pull.counts();
        jdbc.sql("""
                        UPDATE job SET coverage = CAST(:coverage AS jsonb),
                            tenders_count = :tenders, tenderers_count = :tenderers,
                            tenders_items_count = :tendersItems, parties_count = :parties, awards_count = :awards,
                            awards_items_count = :awardsItems, awards_suppliers_count = :awardsSuppliers,
                            contracts_count = :contracts, contracts_items_count = :contractsItems,
                            contracts_transactions_count = :contractsTransactions, documents_count = :documents,
                            plannings_count = :plannings, milestones_count = :milestones,
                            amendments_count = :amendments, modified = :now
                        WHERE id = :job
                        """)
                .param("job", jobId)
                .param("coverage", json.writeValueAsString(pull.coverage()))
                .param("tenders", counts.tenders())
                .param("tenderers", counts.tenderers())
                .param("tendersItems", counts.tendersItems())
                .param("parties", counts.parties())
                .param("awards", counts.awards())
                .param("awardsItems", counts.awardsItems())
                .param("awardsSuppliers", counts.awardsSuppliers())
                .param("contracts", counts.contracts())
                .param("contractsItems", counts.contractsItems())
                .param("contractsTransactions", counts.contractsTransactions())
                .param("documents", counts.documents())
                .param("plannings", counts.plannings())
                .param("milestones", counts.milestones())
                .param("amendments", counts.amendments())
                .param("now", now())
                .update();
    }

    /**
     * The job COMPLETED successfully: it becomes its publication's active job, the publication's
     * {@code last_retrieved} becomes the day collect ended and its blank publication policy takes the job's.
     */
    @Transactional
    public void succeeded(long jobId) {
        complete(jobId);
        jdbc.sql("""
                        UPDATE publication p SET
                            active_job_id = j.id,
                            last_retrieved = (SELECT CAST(t."end" AT TIME ZONE 'UTC' AS date) FROM task t
                                              WHERE t.job_id = j.id AND t.type = :collect),
                            publication_policy = CASE WHEN p.publication_policy = '' THEN j.publication_policy
                                                      ELSE p.publication_policy END,
                            modified = :now
                        FROM job j
                        WHERE j.id = :job AND p.id = j.publication_id
                        """)
                .param("job", jobId)
                .param("collect", TaskType.COLLECT.value())
                .param("now", now())
                .update();
    }

    /** The job was cancelled: its RUNNING and PLANNED tasks COMPLETED with result CANCELLED, the job COMPLETED. */
    @Transactional
    public void cancelled(long jobId) {
        jdbc.sql("""
                        UPDATE task SET status = 'COMPLETED', result = 'CANCELLED', "end" = :now, modified = :now
                        WHERE job_id = :job AND status <> 'COMPLETED'
                        """).param("job", jobId).param("now", now()).update();
        complete(jobId);
    }

    /** The job's temporary data was wiped ("temporary data deleted"). */
    public void wiped(long jobId) {
        // The column keeps the original's name, archived.
        jdbc.sql("UPDATE job SET archived = true, modified = :now WHERE id = :job")
                .param("job", jobId)
                .param("now", now())
                .update();
    }

    /** Sets whether the job's temporary data is kept after it completes ("preserve temporary data"). */
    public void setKeepAllData(long jobId, boolean keep) {
        jdbc.sql("UPDATE job SET keep_all_data = :keep, modified = now() WHERE id = :job")
                .param("job", jobId)
                .param("keep", keep)
                .update();
    }

    /** Deletes the job with its tasks and their notes (not its files). */
    public void delete(long jobId) {
        jdbc.sql("DELETE FROM job WHERE id = :job").param("job", jobId).update();
    }

    /** Jobs are created with their five tasks; this also repairs a job created without them. */
    private void createMissingTasks(long jobId) {
        for (TaskType type : TaskType.values()) {
            jdbc.sql("""
                            INSERT INTO task (job_id, type, position) VALUES (:job, :type, :position)
                            ON CONFLICT ON CONSTRAINT task_once_per_job DO NOTHING
                            """)
                    .param("job", jobId)
                    .param("type", type.value())
                    .param("position", type.position())
                    .update();
        }
    }

    /** A job cancelled before it ever started is given a start, the moment it ended: a completed job has one. */
    private void complete(long jobId) {
        jdbc.sql("""
                        UPDATE job SET status = 'COMPLETED', start = COALESCE(start, :now), "end" = :now, modified = :now
                        WHERE id = :job
                        """).param("job", jobId).param("now", now()).update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /**
     * A job as the controls see it.
     *
     * @param wiped whether its temporary data was deleted
     * @param keepAllData whether its temporary data is preserved
     */
    public record JobState(long id, long publicationId, JobStatus status, boolean wiped, boolean keepAllData) {

        public boolean completed() {
            return status == JobStatus.COMPLETED;
        }
    }
}
