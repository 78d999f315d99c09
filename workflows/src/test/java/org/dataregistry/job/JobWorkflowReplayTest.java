package org.dataregistry.job;

import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;

/**
 * Replays the stored history of a complete Kingfisher job (crawl, Kingfisher Process, pull, export, two files
 * flattened in parallel, wipes) against today's workflow code. A change that would make running jobs
 * non-deterministic fails here: version it with {@code Workflow.getVersion} instead.
 */
class JobWorkflowReplayTest {

    @Test
    void todaysCodeReplaysAStoredJobHistory() throws Exception {
        WorkflowReplayer.replayWorkflowExecutionFromResource(
                "org/dataregistry/job/kingfisher-job-history.json", JobWorkflowImpl.class);
    }
}
