package org.dataregistry.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.activity.ActivityInterface;
import io.temporal.spring.boot.autoconfigure.properties.WorkerProperties;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.util.Arrays;
import java.util.List;
import org.dataregistry.AppTest;
import org.dataregistry.job.JobWipeWorkflowImpl;
import org.dataregistry.job.JobWorkflowImpl;
import org.dataregistry.schedule.SchedulerWorkflowImpl;
import org.dataregistry.task.TaskOptions;
import org.dataregistry.task.TaskQueues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The jobs worker, declared in application.yaml, runs every workflow and every activity the app defines; the bulk
 * worker the long tasks' activities, fewer at a time.
 */
@AppTest
class TemporalWorkerTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    io.temporal.spring.boot.autoconfigure.properties.TemporalProperties temporal;

    @Autowired
    WorkerCapacity capacity;

    @Test
    void everyActivityBeanIsRegisteredWithTheJobsWorker() {
        List<String> activityBeans = Arrays.stream(context.getBeanDefinitionNames())
                .filter(name -> implementsActivityInterface(context.getType(name)))
                .toList();

        assertThat(activityBeans).isNotEmpty();
        assertThat(jobsWorker().getActivityBeans()).containsExactlyInAnyOrderElementsOf(activityBeans);
    }

    @Test
    void theJobsWorkerRunsTheJobSchedulerAndWipeWorkflows() {
        assertThat(jobsWorker().getWorkflowClasses())
                .containsExactlyInAnyOrder(
                        JobWorkflowImpl.class, SchedulerWorkflowImpl.class, JobWipeWorkflowImpl.class);
    }

    @Test
    void theJobsWorkerSendsHeartbeatsEverySecondSoThatACancelArrivesAtOnce() {
        Worker worker = context.getBean(WorkerFactory.class).getWorker(TaskQueues.JOBS);

        assertThat(worker.getWorkerOptions().getMaxHeartbeatThrottleInterval())
                .isEqualTo(TaskOptions.HEARTBEAT_THROTTLE);
    }

    @Test
    void theBulkWorkerRunsTheLongTasksActivities() {
        assertThat(worker(TaskQueues.JOBS_BULK).getActivityBeans())
                .containsExactlyInAnyOrder(
                        "collectActivitiesImpl",
                        "processActivitiesImpl",
                        "pullActivitiesImpl",
                        "exporterActivitiesImpl",
                        "flattenerActivitiesImpl");
        assertThat(worker(TaskQueues.JOBS_BULK).getWorkflowClasses()).isNullOrEmpty();
    }

    @Test
    void eachWorkerRunsAtMostItsSettingsNumberOfActivitiesAtOnce() {
        WorkerFactory workers = context.getBean(WorkerFactory.class);

        assertThat(workers.getWorker(TaskQueues.JOBS).getWorkerOptions().getMaxConcurrentActivityExecutionSize())
                .isEqualTo(capacity.maxActivities())
                .isEqualTo(8);
        assertThat(workers.getWorker(TaskQueues.JOBS_BULK).getWorkerOptions().getMaxConcurrentActivityExecutionSize())
                .isEqualTo(capacity.maxBulkActivities())
                .isEqualTo(2);
        assertThat(workers.getWorker(TaskQueues.JOBS_BULK).getWorkerOptions().getMaxHeartbeatThrottleInterval())
                .isEqualTo(TaskOptions.HEARTBEAT_THROTTLE);
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new WorkerCapacity(8, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max-bulk-activities");
    }

    private WorkerProperties jobsWorker() {
        return worker(TaskQueues.JOBS);
    }

    private WorkerProperties worker(String taskQueue) {
        return temporal.getWorkers().stream()
                .filter(worker -> taskQueue.equals(worker.getTaskQueue()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No worker for " + taskQueue + " in application.yaml"));
    }

    private static boolean implementsActivityInterface(Class<?> type) {
        return type != null
                && Arrays.stream(ClassUtils.getAllInterfacesForClass(type))
                        .anyMatch(candidate -> candidate.isAnnotationPresent(ActivityInterface.class));
    }
}
