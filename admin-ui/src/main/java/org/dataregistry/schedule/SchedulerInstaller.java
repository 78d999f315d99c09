package org.dataregistry.schedule;

import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleAlreadyRunningException;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleIntervalSpec;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.SchedulePolicy;
import io.temporal.client.schedules.ScheduleSpec;
import io.temporal.client.schedules.ScheduleUpdate;
import java.time.Duration;
import java.util.List;
import org.dataregistry.task.TaskQueues;
import org.dataregistry.temporal.TemporalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Sets up automatic jobs at start. On a real Temporal cluster: a Temporal Schedule {@value SchedulerWorkflow#ID}
 * (created, or updated to the configured interval), visible and pausable in the Temporal Web UI, whose action is
 * one sweep. On the in-process server, which has no Schedules: one long-running scheduler workflow that sweeps,
 * sleeps and sweeps again.
 */
@Component
class SchedulerInstaller implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SchedulerInstaller.class);

    private final ScheduleProperties properties;
    private final TemporalProperties temporal;
    private final WorkflowClient client;
    private final ObjectProvider<ScheduleClient> schedules;

    SchedulerInstaller(
            ScheduleProperties properties,
            TemporalProperties temporal,
            WorkflowClient client,
            ObjectProvider<ScheduleClient> schedules) {
        this.properties = properties;
        this.temporal = temporal;
        this.client = client;
        this.schedules = schedules;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            log.info("Automatic jobs are off (data-registry.schedule.enabled=false)");
        } else if (temporal.embedded()) {
            startLoop();
        } else {
            installSchedule(schedules.getObject());
        }
    }

    private void startLoop() {
        SchedulerWorkflow scheduler = client.newWorkflowStub(
                SchedulerWorkflow.class,
                WorkflowOptions.newBuilder()
                        .setWorkflowId(SchedulerWorkflow.ID)
                        .setTaskQueue(TaskQueues.JOBS)
                        .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
                        .build());
        WorkflowClient.start(scheduler::run, new SchedulerInput(properties.intervalMinutes(), true));
        log.info("Scheduler workflow sweeps every {} minutes", properties.intervalMinutes());
    }

    void installSchedule(ScheduleClient scheduleClient) {
        Schedule schedule = schedule(properties.intervalMinutes());
        try {
            scheduleClient.createSchedule(
                    SchedulerWorkflow.ID, schedule, ScheduleOptions.newBuilder().build());
            log.info(
                    "Created the Temporal Schedule {} (every {} minutes)",
                    SchedulerWorkflow.ID,
                    properties.intervalMinutes());
        } catch (ScheduleAlreadyRunningException exists) {
            scheduleClient.getHandle(SchedulerWorkflow.ID).update(current -> new ScheduleUpdate(schedule));
            log.info(
                    "Updated the Temporal Schedule {} (every {} minutes)",
                    SchedulerWorkflow.ID,
                    properties.intervalMinutes());
        }
    }

    /** Every interval, one sweep; a sweep still running when the next is due makes that one skip. */
    static Schedule schedule(int intervalMinutes) {
        return Schedule.newBuilder()
                .setAction(ScheduleActionStartWorkflow.newBuilder()
                        .setWorkflowType(SchedulerWorkflow.class)
                        .setArguments(new SchedulerInput(intervalMinutes, false))
                        .setOptions(WorkflowOptions.newBuilder()
                                .setWorkflowId(SchedulerWorkflow.ID)
                                .setTaskQueue(TaskQueues.JOBS)
                                .build())
                        .build())
                .setSpec(ScheduleSpec.newBuilder()
                        .setIntervals(List.of(new ScheduleIntervalSpec(Duration.ofMinutes(intervalMinutes))))
                        .build())
                .setPolicy(SchedulePolicy.newBuilder()
                        .setOverlap(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP)
                        .build())
                .build();
    }
}
