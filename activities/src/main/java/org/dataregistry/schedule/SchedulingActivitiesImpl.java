package org.dataregistry.schedule;

import java.util.List;

import org.springframework.stereotype.Component;

@Component
public class SchedulingActivitiesImpl implements SchedulingActivities {

    private final DueJobs dueJobs;

    public SchedulingActivitiesImpl(DueJobs dueJobs) {
        this.dueJobs = dueJobs;
    }

    @Override
    public List<Long> createDueJobs() {
        dueJobs.create();
        return dueJobs.unstarted();
    }
}
