package org.dataregistry.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import org.dataregistry.audit.AuditAction;
import org.dataregistry.audit.AuditTrail;
import org.dataregistry.audit.Audited;
import org.dataregistry.audit.AuditedValue;
import org.dataregistry.audit.FieldChange;
import org.dataregistry.audit.ObjectType;
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.security.CurrentUser;
import org.dataregistry.security.Roles;
import org.dataregistry.task.TaskType;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What operators can do to jobs: run one now, cancel one, restart one from a task, preserve its temporary data.
 * Every action is checked on the server (Operators and superusers only) and audited. Views use this, never the
 * Temporal client.
 */
@Service
@Secured(Roles.ROLE_OPERATOR)
public class JobControl {

    /** The fields this records on jobs that hold a code or an id, and what it is. */
    public static final Map<String, AuditedValue> AUDITED_VALUES = Map.of(
            "publication",
            AuditedValue.reference(ObjectType.PUBLICATION),
            "preserve temporary data",
            AuditedValue.YES_NO);

    private final JobStore jobs;
    private final JobInputs inputs;
    private final JobWorkflows workflows;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final TransactionTemplate transactions;

    JobControl(
            JobStore jobs,
            JobInputs inputs,
            JobWorkflows workflows,
            AuditTrail audit,
            CurrentUser user,
            TransactionTemplate transactions) {
        this.jobs = jobs;
        this.inputs = inputs;
        this.workflows = workflows;
        this.audit = audit;
        this.user = user;
        this.transactions = transactions;
    }

    /**
     * Creates a job for the publication and starts it at once, whatever its schedule says (also for a frozen
     * publication: freezing only stops automatic jobs). Refused while the publication has a job that hasn't
     * completed. Returns the new job's id.
     */
    public long runNow(long publicationId) {
        long jobId = transactions.execute(status -> {
            long created = jobs.create(publicationId);
            audit.record(
                    ObjectType.JOB,
                    new JobReference(created),
                    AuditAction.RUN,
                    List.of(new FieldChange("publication", "", Long.toString(publicationId))));
            return created;
        });
        try {
            workflows.start(jobId, TaskType.COLLECT);
        } catch (ActionRefusedException startedBySchedulerMeanwhile) {
            // A scheduler sweep between our commit and this start already started the new job: it runs.
        }
        return jobId;
    }

    /**
     * Cancels a job that hasn't completed: its workflow stops the running task (a crawl is cancelled at Scrapyd),
     * wipes the temporary data and completes the job with its remaining tasks CANCELLED. Who cancelled and why is
     * kept in the job's context and the audit log.
     */
    public void cancel(long jobId, String reason) {
        JobStore.JobState state = existing(jobId);
        if (state.completed()) {
            throw new ActionRefusedException("Job " + jobId + " has already completed.");
        }
        String why = reason == null ? "" : reason.strip();
        transactions.executeWithoutResult(status -> {
            jobs.mergeContext(jobId, JobContext.cancelled(user.username(), why));
            audit.record(
                    ObjectType.JOB,
                    new JobReference(jobId),
                    AuditAction.CANCEL,
                    why.isEmpty() ? List.of() : List.of(new FieldChange("reason", "", why)));
        });
        if (!workflows.isRunning(jobId) || !workflows.cancel(jobId)) {
            // No workflow drives the job (it was created but never started, or its run was lost or ended without
            // completing the job): end it here. A closed run accepts a cancel request and does nothing with it.
            jobs.cancelled(jobId);
        }
    }

    /**
     * Runs a completed job again from {@code task} (and the tasks after it), as a new run of its workflow, e.g. the
     * exporter and flattener after a fix (from the job's own exports once its temporary data is deleted), or collect
     * after a source outage. Refused while the job or another job of its publication is incomplete, and when the
     * inputs of that task are gone ({@link JobInputs}). A restart from collect, process or pull brings temporary data
     * back: the job is no longer "temporary data deleted" until it is wiped again.
     */
    public void restart(long jobId, TaskType task) {
        JobStore.JobState state = existing(jobId);
        if (!state.completed()) {
            throw new ActionRefusedException("Job " + jobId + " hasn't completed: cancel it before restarting it.");
        }
        if (jobs.incompleteJobOf(state.publicationId()).isPresent()) {
            throw new ActionRefusedException(
                    "Its publication has another job that hasn't completed: " + "wait for it, or cancel it first.");
        }
        inputs.missingFor(jobId, task).ifPresent(reason -> {
            throw new ActionRefusedException("Job " + jobId + " can't restart from " + task.value() + ": " + reason);
        });
        workflows.start(jobId, task);
        audit.record(
                ObjectType.JOB,
                new JobReference(jobId),
                AuditAction.RESTART,
                List.of(new FieldChange("from task", "", task.value())));
    }

    /** Why the job can't restart from {@code task}, for the view to say before anyone tries; empty when it can. */
    @Secured(Roles.ROLE_VIEWER)
    public Optional<String> restartRefusal(long jobId, TaskType task) {
        return inputs.missingFor(jobId, task);
    }

    /**
     * Sets whether the job's temporary data is kept after it completes ("preserve temporary data"), for debugging.
     * Audited as a field change.
     */
    public void setKeepAllData(long jobId, boolean keep) {
        JobStore.JobState state = existing(jobId);
        if (state.keepAllData() == keep) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jobs.setKeepAllData(jobId, keep);
            audit.record(
                    ObjectType.JOB,
                    new JobReference(jobId),
                    AuditAction.UPDATE,
                    List.of(new FieldChange(
                            "preserve temporary data", Boolean.toString(state.keepAllData()), Boolean.toString(keep))));
        });
    }

    private JobStore.JobState existing(long jobId) {
        return jobs.state(jobId).orElseThrow(() -> new ActionRefusedException("Job " + jobId + " no longer exists."));
    }

    /** A job as the audit log names it. */
    private record JobReference(long jobId) implements Audited {

        @Override
        public Long getId() {
            return jobId;
        }

        @Override
        public String auditName() {
            return "job " + jobId;
        }

        @Override
        public SequencedMap<String, String> auditedFields() {
            return new LinkedHashMap<>();
        }
    }
}
