package org.dataregistry.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import io.temporal.failure.ApplicationFailure;
import org.dataregistry.process.PublicationMetadata;
import org.dataregistry.pull.JobCounts;
import org.dataregistry.pull.PullResult;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Component
public class JobBookkeepingActivitiesImpl implements JobBookkeepingActivities {

    /**
     * The note of a task that was running when the app stopped and runs again as the job resumes ({@link
     * Jobs#markResumed}): it keeps its first start and its attempts, and the note while it runs and once it succeeds.
     */
    public static final String RESUMED = "resumed after the app restarted";

    /** SQL: the task row is one being resumed. */
    private static final String IS_RESUMED = "(status = 'RUNNING' AND note = :resumed)";

    private final JdbcClient jdbc;
    private final JobPlans plans;
    private final JobRetention retention;
    private final TransactionTemplate transactions;
    private final JobFiles files;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public JobBookkeepingActivitiesImpl(JdbcClient jdbc, JobPlans plans, JobRetention retention,
            TransactionTemplate transactions, JobFiles files, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.retention = retention;
        this.transactions = transactions;
        this.files = files;
        this.clock = clock;
    }

    @Override
    @Transactional
    public JobPlan begin(JobStart start) {
        int updated = jdbc.sql("""
                        UPDATE job SET status = 'RUNNING', start = COALESCE(start, :now), "end" = NULL,
                                       archived = archived AND NOT :writesTemporaryData, modified = :now
                        WHERE id = :job
                        """)
                .param("job", start.jobId()).param("now", now())
                .param("writesTemporaryData", !start.firstTask().finalOutput()).update();
        if (updated == 0) {
            throw ApplicationFailure.newNonRetryableFailure("Job " + start.jobId() + " no longer exists",
                    FailureTypes.INPUT_MISSING);
        }
        createMissingTasks(start.jobId());
        jdbc.sql("""
                        DELETE FROM task_note WHERE task_id IN
                            (SELECT id FROM task WHERE job_id = :job AND position >= :from)
                        """)
                .param("job", start.jobId()).param("from", start.firstTask().position()).update();
        jdbc.sql("""
                        UPDATE task SET status = 'PLANNED', result = '', note = '', start = NULL, "end" = NULL,
                                        attempts = 0, last_error = '', modified = :now
                        WHERE job_id = :job AND position >= :from AND NOT %s
                        """.formatted(IS_RESUMED))
                .param("job", start.jobId()).param("from", start.firstTask().position()).param("now", now())
                .param("resumed", RESUMED).update();
        return plans.of(start.jobId());
    }

    @Override
    public void taskStarted(TaskRef task) {
        // A resumed task keeps what its interrupted run recorded.
        jdbc.sql("""
                        UPDATE task SET status = 'RUNNING', result = '', "end" = NULL, modified = :now,
                                        note = CASE WHEN %1$s THEN note ELSE '' END,
                                        start = CASE WHEN %1$s THEN start ELSE :now END,
                                        attempts = CASE WHEN %1$s THEN attempts ELSE 0 END,
                                        last_error = CASE WHEN %1$s THEN last_error ELSE '' END
                        WHERE job_id = :job AND type = :type
                        """.formatted(IS_RESUMED))
                .param("job", task.jobId()).param("type", task.task().value()).param("now", now())
                .param("resumed", RESUMED).update();
    }

    @Override
    @Transactional
    public void taskEnded(TaskEnd end) {
        jdbc.sql("""
                        UPDATE task SET status = 'COMPLETED', result = :result, "end" = :now, modified = :now,
                                        note = CASE WHEN :succeeded AND note = :resumed THEN note ELSE :note END
                        WHERE job_id = :job AND type = :type
                        """)
                .param("job", end.jobId()).param("type", end.task().value())
                .param("succeeded", end.succeeded()).param("resumed", RESUMED)
                .param("result", end.succeeded() ? "OK" : "FAILED")
                .param("note", end.succeeded() ? "" : end.failureReason())
                .param("now", now()).update();
        mergeContext(end.jobId(), end.context());
        if (!end.succeeded()) {
            complete(end.jobId());
        }
    }

    @Override
    public void recordContext(JobContextUpdate update) {
        mergeContext(update.jobId(), update.context());
    }

    @Override
    public void recordMetadata(JobMetadataUpdate update) {
        PublicationMetadata metadata = update.metadata();
        jdbc.sql("""
                        UPDATE job SET date_from = CAST(:from AS date), date_to = CAST(:to AS date),
                                       ocid_prefix = :prefix, license = :license, publication_policy = :policy,
                                       modified = :now
                        WHERE id = :job
                        """)
                .param("job", update.jobId())
                .param("from", metadata.dateFrom()).param("to", metadata.dateTo())
                .param("prefix", nullToEmpty(metadata.ocidPrefix())).param("license", nullToEmpty(metadata.license()))
                .param("policy", nullToEmpty(metadata.publicationPolicy()))
                .param("now", now()).update();
    }

    @Override
    public void recordCoverage(JobCoverageUpdate update) {
        PullResult pull = update.pull();
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
                .param("job", update.jobId())
                .param("coverage", json.writeValueAsString(pull.coverage()))
                .param("tenders", counts.tenders()).param("tenderers", counts.tenderers())
                .param("tendersItems", counts.tendersItems()).param("parties", counts.parties())
                .param("awards", counts.awards()).param("awardsItems", counts.awardsItems())
                .param("awardsSuppliers", counts.awardsSuppliers()).param("contracts", counts.contracts())
                .param("contractsItems", counts.contractsItems())
                .param("contractsTransactions", counts.contractsTransactions())
                .param("documents", counts.documents()).param("plannings", counts.plannings())
                .param("milestones", counts.milestones()).param("amendments", counts.amendments())
                .param("now", now()).update();
    }

    /** Activation in one transaction; then retention, which also deletes files, once that is committed. */
    @Override
    public void succeed(long jobId) {
        transactions.executeWithoutResult(status -> activate(jobId));
        retention.deleteOlderJobs(jobId);
    }

    private void activate(long jobId) {
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
                .param("job", jobId).param("collect", TaskType.COLLECT.value()).param("now", now()).update();
    }

    @Override
    @Transactional
    public void cancelled(long jobId) {
        jdbc.sql("""
                        UPDATE task SET status = 'COMPLETED', result = 'CANCELLED', "end" = :now, modified = :now
                        WHERE job_id = :job AND status <> 'COMPLETED'
                        """)
                .param("job", jobId).param("now", now()).update();
        complete(jobId);
    }

    /** Called once every task's temporary data is wiped; what remains of the job's temporary folder goes too. */
    @Override
    public void archived(long jobId) {
        JobFiles.deleteRecursively(files.temporaryDir(jobId));
        jdbc.sql("UPDATE job SET archived = true, modified = :now WHERE id = :job")
                .param("job", jobId).param("now", now()).update();
    }

    /** Jobs are created with their five tasks; this only repairs a job created without them. */
    private void createMissingTasks(long jobId) {
        for (TaskType type : TaskType.values()) {
            jdbc.sql("""
                            INSERT INTO task (job_id, type, position) VALUES (:job, :type, :position)
                            ON CONFLICT ON CONSTRAINT task_once_per_job DO NOTHING
                            """)
                    .param("job", jobId).param("type", type.value()).param("position", type.position()).update();
        }
    }

    /** A job cancelled before it ever started is given a start, the moment it ended: a completed job has one. */
    private void complete(long jobId) {
        jdbc.sql("""
                        UPDATE job SET status = 'COMPLETED', start = COALESCE(start, :now), "end" = :now, modified = :now
                        WHERE id = :job
                        """)
                .param("job", jobId).param("now", now()).update();
    }

    private void mergeContext(long jobId, Map<String, Object> context) {
        if (context.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE job SET context = context || CAST(:context AS jsonb), modified = :now WHERE id = :job")
                .param("job", jobId).param("context", json.writeValueAsString(context)).param("now", now())
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
