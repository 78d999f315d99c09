package org.dataregistry.schedule;

import java.util.List;

import org.dataregistry.job.JobPlan;
import org.springframework.stereotype.Component;

@Component
public class SchedulingActivitiesImpl implements SchedulingActivities {

    private final DueJobs dueJobs;
    private final ArchivableJobs archivableJobs;

    public SchedulingActivitiesImpl(DueJobs dueJobs, ArchivableJobs archivableJobs) {
        this.dueJobs = dueJobs;
        this.archivableJobs = archivableJobs;
    }

    @Override
    public List<Long> createDueJobs() {
        dueJobs.create();
        return dueJobs.unstarted();
    }

    @Override
    public List<JobPlan> jobsToArchive() {
        return archivableJobs.find();
    }
}
