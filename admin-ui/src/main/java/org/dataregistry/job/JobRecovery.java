package org.dataregistry.job;

import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.task.TaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Reconciles the database with Temporal at startup: a job the database says is running (or created but never
 * started) with no workflow running it — the in-process Temporal server forgets everything at a restart — is
 * resumed from its first incomplete task. Completed tasks are not run again; the task that was interrupted starts
 * over, which its activity's idempotency makes safe, keeping its first start and its attempts (the interrupted one
 * counts), with the note "resumed after the app restarted".
 */
@Component
class JobRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRecovery.class);

    private final JobStore jobs;
    private final JobWorkflows workflows;

    JobRecovery(JobStore jobs, JobWorkflows workflows) {
        this.jobs = jobs;
        this.workflows = workflows;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (long jobId : jobs.jobsAwaitingAWorkflow()) {
            if (workflows.isRunning(jobId)) {
                continue;
            }
            TaskType from = jobs.firstIncompleteTask(jobId).orElse(TaskType.COLLECT);
            log.info("Resuming job {} from its {} task: no workflow was running it", jobId, from.value());
            try {
                jobs.markResumed(jobId);
                workflows.start(jobId, from);
            } catch (ActionRefusedException startedMeanwhile) {
                log.info("Job {} was started meanwhile (another instance recovered it)", jobId);
            }
        }
    }
}
