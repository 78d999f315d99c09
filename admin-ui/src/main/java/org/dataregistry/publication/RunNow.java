package org.dataregistry.publication;

import org.dataregistry.job.JobControl;
import org.dataregistry.job.JobView;
import org.dataregistry.layout.Confirmation;
import org.dataregistry.layout.Notices;

/** "Run now", from the publication list or form: asks first, runs a job for the publication and opens its page. */
final class RunNow {

    private RunNow() {
    }

    static void confirm(JobControl jobs, long publicationId, String publication) {
        Confirmation.ask("Run a job for \"" + publication + "\" now?",
                "Its data is collected, processed and published again, whatever its schedule says.",
                "Run now", "primary",
                () -> Notices.attemptToGet(() -> jobs.runNow(publicationId)).ifPresent(jobId -> {
                    Notices.success("Started job " + jobId + " for \"" + publication + "\".");
                    JobView.open(jobId);
                }));
    }
}
