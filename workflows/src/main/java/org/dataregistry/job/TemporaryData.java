package org.dataregistry.job;

// Workflow code is replayed by Temporal and must be deterministic: no wall clock, randomness, threads, I/O,
// Spring or LoggerFactory here. Use Workflow.* (time, UUIDs, sleep, logging) and do side effects in activities.
// Changing the order of commands of a released workflow needs Workflow.getVersion.

import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import org.dataregistry.collect.CollectActivities;
import org.dataregistry.collect.CrawlWipeRequest;
import org.dataregistry.collect.ScrapydActivities;
import org.dataregistry.process.KingfisherProcessActivities;
import org.dataregistry.process.KingfisherProcessRequest;
import org.dataregistry.process.ProcessActivities;
import org.dataregistry.pull.PullActivities;
import org.dataregistry.task.TaskOptions;
import org.slf4j.Logger;

/**
 * A job's temporary data — the collected files, what processing stored, the staging file — wiped from workflow code
 * by the wipe activities, after which the job is recorded wiped ("temporary data deleted"). Every wipe is
 * idempotent. A wipe that keeps failing leaves the job not wiped (visible to administrators, and wiped again by a
 * later scheduler sweep) rather than failing the workflow. Create it in workflow code only.
 */
final class TemporaryData {

    private static final Logger log = Workflow.getLogger(TemporaryData.class);

    private final CollectActivities downloads = Workflow.newActivityStub(CollectActivities.class, TaskOptions.WIPE);
    private final ScrapydActivities crawlFiles = Workflow.newActivityStub(ScrapydActivities.class, TaskOptions.WIPE);
    private final ProcessActivities processed = Workflow.newActivityStub(ProcessActivities.class, TaskOptions.WIPE);
    private final KingfisherProcessActivities collections =
            Workflow.newActivityStub(KingfisherProcessActivities.class, TaskOptions.WIPE);
    private final PullActivities staging = Workflow.newActivityStub(PullActivities.class, TaskOptions.WIPE);
    private final JobBookkeepingActivities bookkeeping =
            Workflow.newActivityStub(JobBookkeepingActivities.class, TaskOptions.BOOKKEEPING);

    /**
     * Wipes what the job's backend left, unless the job preserves its temporary data.
     *
     * @param kingfisher what the job learned from Kingfisher Collect and Process so far
     */
    void wipe(JobPlan plan, KingfisherContext kingfisher) {
        if (plan.keepAllData()) {
            return;
        }
        wipe(plan.jobId(), plan.backend() == Backend.BUILT_IN, plan.backend() == Backend.KINGFISHER, kingfisher);
    }

    /**
     * Wipes whatever either backend may have left (the publication's collector may have changed since the job ran):
     * for a completed job whose data is still there.
     */
    void wipeAll(JobPlan plan) {
        wipe(plan.jobId(), true, true, plan.kingfisher());
    }

    private void wipe(long jobId, boolean builtIn, boolean kingfisherBackend, KingfisherContext kingfisher) {
        try {
            if (builtIn) {
                downloads.wipe(jobId);
                processed.wipe(jobId);
            }
            if (kingfisherBackend && kingfisher.scrapydJobId() != null) {
                crawlFiles.wipe(new CrawlWipeRequest(
                        jobId, kingfisher.spider(), kingfisher.scrapydJobId(), kingfisher.dataVersion()));
            }
            if (kingfisherBackend && kingfisher.processId() != null) {
                collections.wipe(new KingfisherProcessRequest(jobId, kingfisher.processId()));
            }
            staging.wipe(jobId);
            bookkeeping.wiped(jobId);
        } catch (ActivityFailure failure) {
            log.warn("Job {}: temporary data not wiped: {}", jobId, ActivityFailures.reasonOf(failure));
        }
    }
}
