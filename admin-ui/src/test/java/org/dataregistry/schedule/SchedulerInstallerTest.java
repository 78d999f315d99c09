package org.dataregistry.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import java.time.Duration;
import org.dataregistry.task.TaskQueues;
import org.junit.jupiter.api.Test;

/**
 * The Temporal Schedule installed on a real cluster (the in-process and test servers have no Schedules, so its
 * shape is checked here rather than run).
 */
class SchedulerInstallerTest {

    @Test
    void theScheduleSweepsOnceEveryIntervalAndSkipsWhileASweepRuns() {
        Schedule schedule = SchedulerInstaller.schedule(5);

        assertThat(schedule.getSpec().getIntervals())
                .singleElement()
                .satisfies(interval -> assertThat(interval.getEvery()).isEqualTo(Duration.ofMinutes(5)));
        assertThat(schedule.getPolicy().getOverlap()).isEqualTo(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP);
        ScheduleActionStartWorkflow action = (ScheduleActionStartWorkflow) schedule.getAction();
        assertThat(action.getWorkflowType()).isEqualTo("SchedulerWorkflow");
        assertThat(action.getOptions().getTaskQueue()).isEqualTo(TaskQueues.JOBS);
        assertThat(action.getOptions().getWorkflowId()).isEqualTo(SchedulerWorkflow.ID);
        assertThat(action.getArguments().get(0, SchedulerInput.class)).isEqualTo(new SchedulerInput(5, false));
    }
}
