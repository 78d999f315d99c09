package org.dataregistry.job;

import java.lang.reflect.Method;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.client.ActivityCanceledException;
import io.temporal.client.ActivityCompletionException;
import io.temporal.client.ActivityWorkerShutdownException;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.failure.ApplicationFailure;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskProgress;
import org.dataregistry.task.TaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * JobBookkeepingActivitiesImpl#RESUMED}) adds its new attempts to those of its interrupted run.
 */
@Component
public class TaskAttempts extends WorkerInterceptorBase {

    /** Activity type prefixes (the interfaces' {@code namePrefix}) and the task they do. */
    private static final Map<String, TaskType> TASK_OF_PREFIX = Map.of(
            "HttpCollect", TaskType.COLLECT,
            "Scrapyd", TaskType.COLLECT,
            "KingfisherProcess", TaskType.PROCESS,
            "Process", TaskType.PROCESS,
            "Pull", TaskType.PULL,
            "Exporter", TaskType.EXPORTER,
            "Flattener", TaskType.FLATTENER);

    /** Activities retried to poll external work: their attempt numbers count polls, not attempts. */
    private static final Logger log = LoggerFactory.getLogger(TaskAttempts.class);

    private static final Set<String> POLLS = Set.of("ScrapydAwaitCrawl", "KingfisherProcessAwaitCollection");

    private final JdbcClient jdbc;

    public TaskAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                    // An attempt the app's stopping interrupts is counted when the job resumes (Jobs.markResumed),
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
     * The task an activity type works for, by its interface's name prefix; empty for bookkeeping, wipes, cancels
     * and unknown activities. The job page reads running activities' progress by it too.
     */
    public static Optional<TaskType> taskOf(String activityType) {
        if (activityType.endsWith("Wipe") || activityType.endsWith("Cancel")) {
            return Optional.empty();
        }
        return TASK_OF_PREFIX.entrySet().stream()
                .filter(entry -> activityType.startsWith(entry.getKey()))
                .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
                .map(Map.Entry::getValue);
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
        log.info("Job {}: {} stopped on cancel in attempt {}{}", task.jobId(), task.task().value(), attempt,
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

    private void recordEnd(TaskRef task, boolean poll, int attempt) {
        update(task, poll ? "GREATEST(attempts, 1)" : attemptsAfter(task), attempt, null);
    }

    private void recordFailure(TaskRef task, boolean poll, ActivityInfo info, RuntimeException failure) {
        if (!isTemporary(failure)) {
            recordEnd(task, poll, info.getAttempt());
            return;
        }
        String note = RetryingNote.of(info.getAttempt(), Instant.now(),
                Instant.ofEpochMilli(info.getScheduledTimestamp()), info.getScheduleToCloseTimeout(),
                info.getRetryOptions(), failure);
        update(task, poll ? "GREATEST(attempts, 1) + 1" : attemptsAfter(task), info.getAttempt(), note);
    }

    /**
     * SQL: the attempts once attempt {@code :attempt} ended: its number, or for a resumed task the interrupted run's
     * attempts plus one (the flattener's files run side by side: the most of them counts, as before the restart).
     */
    private static String attemptsAfter(TaskRef task) {
        return task.task() == TaskType.FLATTENER ? "GREATEST(attempts, :attempt)"
                : "CASE WHEN note = :resumed THEN attempts + 1 ELSE GREATEST(attempts, :attempt) END";
    }

    /**
     * Sets the running task's attempts to {@code attempts} (SQL) and its last error to {@code error}; without one, a
     * retry schedule (no longer true) leaves only its error.
     */
    private void update(TaskRef task, String attempts, int attempt, String error) {
        // The attempt's own outcome matters more than its bookkeeping: a database error here fails nothing.
        try {
            jdbc.sql("""
                            UPDATE task SET attempts = %s, modified = now(),
                                            last_error = COALESCE(:error, CASE
                                                WHEN last_error LIKE 'retrying: %%' AND strpos(last_error, :marker) > 0
                                                THEN substr(last_error, strpos(last_error, :marker) + length(:marker))
                                                ELSE last_error END)
                            WHERE job_id = :job AND type = :type AND status = 'RUNNING'
                            """.formatted(attempts))
                    .param("attempt", attempt).param("error", error, Types.VARCHAR)
                    .param("marker", RetryingNote.LAST_ERROR).param("resumed", JobBookkeepingActivitiesImpl.RESUMED)
                    .param("job", task.jobId()).param("type", task.task().value()).update();
        } catch (DataAccessException e) {
            log.warn("Job {}: attempts of {} not recorded: {}", task.jobId(), task.task().value(), e.getMessage());
        }
    }
}
