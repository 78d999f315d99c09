package org.dataregistry.job;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.failure.ApplicationFailure;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shows a task's retries on its row: the attempt number and the last temporary error while the activity is being
 * retried. The workflow can't record this itself, because Temporal retries an activity without returning to it.
 * Polls of unfinished external work ({@code StillRunning}) are waiting, not errors, and are not recorded.
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
                try {
                    return super.execute(input);
                } catch (RuntimeException failure) {
                    task.filter(ref -> isTemporary(failure)).ifPresent(ref -> record(ref, info.getAttempt(), failure));
                    throw failure;
                }
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

    private static boolean isTemporary(RuntimeException failure) {
        if (failure instanceof ApplicationFailure application) {
            return !application.isNonRetryable() && !FailureTypes.STILL_RUNNING.equals(application.getType());
        }
        return true;
    }

    private void record(TaskRef task, int attempt, RuntimeException failure) {
        String message = failure instanceof ApplicationFailure application ? application.getOriginalMessage()
                : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        jdbc.sql("""
                        UPDATE task SET attempts = :attempt, last_error = :error, modified = now()
                        WHERE job_id = :job AND type = :type AND status = 'RUNNING'
                        """)
                .param("attempt", attempt).param("error", message)
                .param("job", task.jobId()).param("type", task.task().value()).update();
    }
}
