package org.dataregistry.job;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.client.ActivityCanceledException;
import io.temporal.client.ActivityCompletionException;
import io.temporal.client.ActivityWorkerShutdownException;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.metadata.POJOActivityInterfaceMetadata;
import io.temporal.common.metadata.POJOActivityMethodMetadata;
import io.temporal.failure.ApplicationFailure;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dataregistry.collect.CollectActivities;
import org.dataregistry.collect.ScrapydActivities;
import org.dataregistry.export.ExporterActivities;
import org.dataregistry.flatten.FlattenerActivities;
import org.dataregistry.process.KingfisherProcessActivities;
import org.dataregistry.process.ProcessActivities;
import org.dataregistry.pull.PullActivities;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskProgress;
import org.dataregistry.task.TaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Records on a task's row how many attempts it took, as each attempt of one of its activities ends, and the last
 * temporary error while the activity is being retried, as a {@link RetryingNote} ("retrying: attempt 2, next attempt
 * at ..., giving up at ...; last error: ..."); once an attempt ends otherwise, the error alone. The workflow can't
 * record this itself, because Temporal retries an activity without returning to it.
 *
 * <p>A task's attempts are its activity's attempt number (1 when it succeeded at once), the highest of them where
 * several activities run (the flattener's, one per file). Polls of unfinished external work ({@code StillRunning})
 * are waiting, not attempts: a poll activity counts 1 plus the temporary errors it met. An attempt stopped by
 * Temporal (cancelled, timed out) counts, but is no error. A task resumed after an app restart ({@link
 * JobStore#RESUMED}) adds its new attempts to those of its interrupted run.
 */
@Component
public class TaskAttempts extends WorkerInterceptorBase {

    /** The activities that do each task's work. */
    private static final Map<Class<?>, TaskType> TASK_OF_INTERFACE = Map.of(
            CollectActivities.class, TaskType.COLLECT,
            ScrapydActivities.class, TaskType.COLLECT,
            ProcessActivities.class, TaskType.PROCESS,
            KingfisherProcessActivities.class, TaskType.PROCESS,
            PullActivities.class, TaskType.PULL,
            ExporterActivities.class, TaskType.EXPORTER,
            FlattenerActivities.class, TaskType.FLATTENER);

    /** Their methods that don't: wiping temporary data and cancelling a crawl happen after the task. */
    private static final Set<String> NOT_THE_TASK = Set.of("wipe", "cancel");

    /** Activity type (e.g. {@code ScrapydAwaitCrawl}) → the task it works for. */
    private static final Map<String, TaskType> TASK_OF_TYPE = taskOfType();

    /** Activities retried to poll external work: their attempt numbers count polls, not attempts. */
    private static final Set<String> POLLS = Set.of(
            activityType(ScrapydActivities.class, "awaitCrawl"),
            activityType(KingfisherProcessActivities.class, "awaitCollection"));

    private static final Logger log = LoggerFactory.getLogger(TaskAttempts.class);

    private final JobStore store;

    public TaskAttempts(JobStore store) {
        this.store = store;
    }

    @Override
    public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
        return new ActivityInboundCallsInterceptorBase(next) {
            private ActivityExecutionContext context;

            @Override
            public void init(ActivityExecutionContext context) {
                this.context = context;
                super.init(context);
            }

            @Override
            public ActivityOutput execute(ActivityInput input) {
                ActivityInfo info = context.getInfo();
                Optional<TaskRef> task = taskOf(info.getActivityType(), input.getArguments());
                boolean poll = POLLS.contains(info.getActivityType());
                ActivityOutput output;
                try {
                    output = super.execute(input);
                } catch (RuntimeException failure) {
                    // An attempt the app's stopping interrupts is counted when the job resumes (JobStore.markResumed),
                    // as one a crash interrupts is: counting it here too would count it twice.
                    if (!isStillRunning(failure) && !(failure instanceof ActivityWorkerShutdownException)) {
                        task.ifPresent(ref -> recordFailure(ref, poll, info, failure));
                    }
                    if (failure instanceof ActivityCanceledException) {
                        task.ifPresent(ref -> logCancelled(ref, info.getAttempt(), context));
                    }
                    throw failure;
                }
                task.ifPresent(ref -> recordEnd(ref, poll, info.getAttempt()));
                return output;
            }
        };
    }

    /** The task an activity call works for; empty for bookkeeping, wipes, cancels and unknown activities. */
    static Optional<TaskRef> taskOf(String activityType, Object[] arguments) {
        if (arguments.length == 0) {
            return Optional.empty();
        }
        return taskOf(activityType).flatMap(type -> jobIdOf(arguments[0]).map(jobId -> new TaskRef(jobId, type)));
    }

    /**
     * The task an activity type works for, as Temporal names the activity types of the task's interfaces; empty for
     * bookkeeping, wipes, cancels and unknown activities. The job page reads running activities' progress by it too.
     */
    public static Optional<TaskType> taskOf(String activityType) {
        return Optional.ofNullable(TASK_OF_TYPE.get(activityType));
    }

    private static Map<String, TaskType> taskOfType() {
        Map<String, TaskType> tasks = new HashMap<>();
        TASK_OF_INTERFACE.forEach((activities, task) -> methodsOf(activities)
                .filter(method -> !NOT_THE_TASK.contains(method.getMethod().getName()))
                .forEach(method -> tasks.put(method.getActivityTypeName(), task)));
        return Map.copyOf(tasks);
    }

    /** The activity type Temporal gives the interface's method: its name prefix and the method's name. */
    private static String activityType(Class<?> activities, String method) {
        return methodsOf(activities)
                .filter(candidate -> candidate.getMethod().getName().equals(method))
                .map(POJOActivityMethodMetadata::getActivityTypeName)
                .findFirst()
                .orElseThrow();
    }

    private static Stream<POJOActivityMethodMetadata> methodsOf(Class<?> activities) {
        return POJOActivityInterfaceMetadata.newInstance(activities).getMethodsMetadata().stream();
    }

    private static Optional<Long> jobIdOf(Object argument) {
        if (argument instanceof Long jobId) {
            return Optional.of(jobId);
        }
        try {
            Method accessor = argument.getClass().getMethod("jobId");
            return Optional.of(((Number) accessor.invoke(argument)).longValue());
        } catch (ReflectiveOperationException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** Says how far a cancelled attempt got, from its last heartbeat: one line, the stop is no error. */
    private static void logCancelled(TaskRef task, int attempt, ActivityExecutionContext context) {
        String progress = context.getHeartbeatDetails(TaskProgress.class)
                .filter(last -> last.unit() != null)
                .map(last -> ", after " + last.done() + (last.total() > 0 ? " of " + last.total() : "") + " "
                        + last.unit() + (last.bytes() > 0 ? " (" + last.bytes() + " bytes)" : ""))
                .orElse("");
        log.info(
                "Job {}: {} stopped on cancel in attempt {}{}",
                task.jobId(),
                task.task().value(),
                attempt,
                progress);
    }

    private static boolean isStillRunning(RuntimeException failure) {
        return failure instanceof ApplicationFailure application
                && FailureTypes.STILL_RUNNING.equals(application.getType());
    }

    /** A failure that the retry policy retries: not a permanent one, and not Temporal stopping the attempt. */
    private static boolean isTemporary(RuntimeException failure) {
        if (failure instanceof ApplicationFailure application) {
            return !application.isNonRetryable();
        }
        return !(failure instanceof ActivityCompletionException);
    }

    /** The attempt's own outcome matters more than its bookkeeping: a database error here fails nothing. */
    private void recordEnd(TaskRef task, boolean poll, int attempt) {
        record(task, () -> store.attemptEnded(task, poll, attempt));
    }

    private void recordFailure(TaskRef task, boolean poll, ActivityInfo info, RuntimeException failure) {
        if (!isTemporary(failure)) {
            recordEnd(task, poll, info.getAttempt());
            return;
        }
        String note = RetryingNote.of(
                info.getAttempt(),
                Instant.now(),
                Instant.ofEpochMilli(info.getScheduledTimestamp()),
                info.getScheduleToCloseTimeout(),
                info.getRetryOptions(),
                failure);
        record(task, () -> store.attemptRetrying(task, poll, info.getAttempt(), note));
    }

    private static void record(TaskRef task, Runnable write) {
        try {
            write.run();
        } catch (DataAccessException e) {
            log.warn(
                    "Job {}: attempts of {} not recorded: {}",
                    task.jobId(),
                    task.task().value(),
                    e.getMessage());
        }
    }
}
