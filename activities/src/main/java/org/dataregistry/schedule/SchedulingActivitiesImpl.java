package org.dataregistry.schedule;

import java.util.List;
import org.dataregistry.job.JobPlan;
import org.springframework.stereotype.Component;

@Component
public class SchedulingActivitiesImpl implements SchedulingActivities {

    private final DueJobs dueJobs;
    private final UnwipedJobs unwipedJobs;

    public SchedulingActivitiesImpl(DueJobs dueJobs, UnwipedJobs unwipedJobs) {
        this.dueJobs = dueJobs;
        this.unwipedJobs = unwipedJobs;
    }

    @Override
    public List<Long> createDueJobs() {
        dueJobs.create();
        return dueJobs.unstarted();
    }

    @Override
    public List<JobPlan> jobsToWipe() {
        return unwipedJobs.find();
    }
}
