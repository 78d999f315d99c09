package org.dataregistry.schedule;

import java.util.List;

import io.temporal.activity.ActivityInterface;

/** The scheduler's one database step. */
@ActivityInterface(namePrefix = "Scheduling")
public interface SchedulingActivities {

    /**
     * Creates a job for each publication due for one (the original's scheduling rules) and returns every job
     * waiting for its workflow to start: the ones just created and any older one whose start was lost. Running it
     * twice creates nothing twice: a publication with a job that hasn't completed is never due. Temporary
     * failures: database errors. Seconds.
     */
    List<Long> createDueJobs();
}
