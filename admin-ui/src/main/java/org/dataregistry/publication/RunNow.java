package org.dataregistry.publication;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.router.RouterLink;
import org.dataregistry.feedback.Confirmation;
import org.dataregistry.feedback.Notices;
import org.dataregistry.job.JobControl;
import org.dataregistry.job.JobView;

/**
 * "Run now", from the publication list or form: asks first, runs a job for the publication and opens its page; or,
 * while the publication has a job that hasn't completed, says which one, with a link to it.
 */
final class RunNow {

    private RunNow() {}

    static void confirm(JobControl jobs, Publications publications, long publicationId, String publication) {
        if (refusedForAnIncompleteJob(publications, publicationId)) {
            return;
        }
        Confirmation.ask(
                "Run a job for \"" + publication + "\" now?",
                "Its data is collected, processed and published again, whatever its schedule says.",
                "Run now",
                "primary",
                () -> {
                    if (refusedForAnIncompleteJob(publications, publicationId)) {
                        return;
                    }
                    Notices.attemptToGet(() -> jobs.runNow(publicationId)).ifPresent(jobId -> {
                        Notices.success("Started job " + jobId + " for \"" + publication + "\".");
                        JobView.open(jobId);
                    });
                });
    }

    /** Says which job keeps the publication from running another, when one does; returns whether one does. */
    private static boolean refusedForAnIncompleteJob(Publications publications, long publicationId) {
        return publications
                .incompleteJob(publicationId)
                .map(jobId -> {
                    Notices.error(
                            new Text("Not run: this publication already has a job that hasn't completed, "),
                            new RouterLink("job " + jobId, JobView.class, JobView.parameters(jobId)),
                            new Text(". Wait for it to complete, or cancel it first."));
                    return true;
                })
                .orElse(false);
    }
}
