package org.dataregistry.schedule;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import org.dataregistry.job.JobPlan;

/** The scheduler's database steps. */
@ActivityInterface(namePrefix = "Scheduling")
public interface SchedulingActivities {

    /**
     * Creates a job for each publication due for one (the original's scheduling rules) and returns every job
     * waiting for its workflow to start: the ones just created and any older one whose start was lost. Running it
     * twice creates nothing twice: a publication with a job that hasn't completed is never due. Temporary
     * failures: database errors. Seconds.
     */
    List<Long> createDueJobs();

    /**
     * The completed jobs whose temporary data is still there though they don't preserve it (their "preserve
     * temporary data" was unchecked after they completed, or their wipe kept failing), which ended at least an hour
     * ago (so not while their own workflow wipes), oldest first, at most 20 per sweep; each with what wiping it
     * needs. Reads only. Temporary failures: database errors. Seconds.
     *
     * <p>Its activity type keeps its first name, {@code SchedulingJobsToArchive}, which workflow histories hold.
     */
    @ActivityMethod(name = "SchedulingJobsToArchive")
    List<JobPlan> jobsToWipe();
}
