package org.dataregistry.job;

import com.google.protobuf.Timestamp;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.converter.DataConverter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A workflow's Temporal events as rows an operator reads: activities scheduled, started (with the attempt and the
 * failure it is retried after), completed or failed (with why, and why it is not retried), timers, cancel requests,
 * continue-as-new and the workflow's own start and end. Temporal's workflow task bookkeeping is left out.
 */
final class WorkflowEvents {

    private final DataConverter converter;
    private final Map<Long, String> activityTypes = new HashMap<>();
    private final Map<Long, Integer> attempts = new HashMap<>();

    private WorkflowEvents(DataConverter converter) {
        this.converter = converter;
    }

    /** The rows of these events, in order; {@code converter} decodes the workflow's input. */
    static List<WorkflowEvent> of(Stream<HistoryEvent> events, DataConverter converter) {
        WorkflowEvents rows = new WorkflowEvents(converter);
        List<WorkflowEvent> shown = new ArrayList<>();
        events.forEach(event -> rows.row(event).ifPresent(shown::add));
        return shown;
    }

    private Optional<WorkflowEvent> row(HistoryEvent event) {
        Instant time = instant(event.getEventTime());
        return switch (event.getEventType()) {
            case EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
                    EVENT_TYPE_WORKFLOW_TASK_STARTED,
                    EVENT_TYPE_WORKFLOW_TASK_COMPLETED -> Optional.empty();
            case EVENT_TYPE_WORKFLOW_EXECUTION_STARTED -> {
                var started = event.getWorkflowExecutionStartedEventAttributes();
                yield row(time, "Workflow started", "", 0, firstTask(started.getInput()));
            }
            case EVENT_TYPE_ACTIVITY_TASK_SCHEDULED -> {
                String type = event.getActivityTaskScheduledEventAttributes()
                        .getActivityType()
                        .getName();
                activityTypes.put(event.getEventId(), type);
                yield row(time, "Activity scheduled", type, 0, "");
            }
            case EVENT_TYPE_ACTIVITY_TASK_STARTED -> {
                var started = event.getActivityTaskStartedEventAttributes();
                attempts.put(started.getScheduledEventId(), started.getAttempt());
                yield activity(
                        time,
                        "Activity started",
                        started.getScheduledEventId(),
                        started.hasLastFailure() ? "retried after: " + message(started.getLastFailure()) : "");
            }
            case EVENT_TYPE_ACTIVITY_TASK_COMPLETED ->
                activity(
                        time,
                        "Activity completed",
                        event.getActivityTaskCompletedEventAttributes().getScheduledEventId(),
                        "");
            case EVENT_TYPE_ACTIVITY_TASK_FAILED -> {
                var failed = event.getActivityTaskFailedEventAttributes();
                yield activity(
                        time,
                        "Activity failed",
                        failed.getScheduledEventId(),
                        withRetryState(message(failed.getFailure()), failed.getRetryState()));
            }
            case EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT -> {
                var timedOut = event.getActivityTaskTimedOutEventAttributes();
                yield activity(
                        time,
                        "Activity timed out",
                        timedOut.getScheduledEventId(),
                        withRetryState(message(timedOut.getFailure()), timedOut.getRetryState()));
            }
            case EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED ->
                activity(
                        time,
                        "Activity cancel requested",
                        event.getActivityTaskCancelRequestedEventAttributes().getScheduledEventId(),
                        "");
            case EVENT_TYPE_ACTIVITY_TASK_CANCELED ->
                activity(
                        time,
                        "Activity cancelled",
                        event.getActivityTaskCanceledEventAttributes().getScheduledEventId(),
                        "");
            case EVENT_TYPE_TIMER_STARTED -> {
                com.google.protobuf.Duration fireAfter =
                        event.getTimerStartedEventAttributes().getStartToFireTimeout();
                yield row(
                        time,
                        "Timer started",
                        "",
                        0,
                        "fires after " + readable(Duration.ofSeconds(fireAfter.getSeconds(), fireAfter.getNanos())));
            }
            case EVENT_TYPE_TIMER_FIRED -> row(time, "Timer fired", "", 0, "");
            case EVENT_TYPE_TIMER_CANCELED -> row(time, "Timer cancelled", "", 0, "");
            case EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED ->
                row(
                        time,
                        "Cancel requested",
                        "",
                        0,
                        event.getWorkflowExecutionCancelRequestedEventAttributes()
                                .getCause());
            case EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW -> row(time, "Continued as new", "", 0, "");
            case EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED -> row(time, "Workflow completed", "", 0, "");
            case EVENT_TYPE_WORKFLOW_EXECUTION_FAILED ->
                row(
                        time,
                        "Workflow failed",
                        "",
                        0,
                        message(event.getWorkflowExecutionFailedEventAttributes()
                                .getFailure()));
            case EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED -> row(time, "Workflow cancelled", "", 0, "");
            case EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED ->
                row(
                        time,
                        "Workflow terminated",
                        "",
                        0,
                        event.getWorkflowExecutionTerminatedEventAttributes().getReason());
            case EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT -> row(time, "Workflow timed out", "", 0, "");
            case EVENT_TYPE_WORKFLOW_TASK_FAILED ->
                row(
                        time,
                        "Workflow task failed",
                        "",
                        0,
                        message(event.getWorkflowTaskFailedEventAttributes().getFailure()));
            default -> row(time, readable(event.getEventType()), "", 0, "");
        };
    }

    private Optional<WorkflowEvent> activity(Instant time, String what, long scheduledEventId, String details) {
        return row(
                time,
                what,
                activityTypes.getOrDefault(scheduledEventId, ""),
                attempts.getOrDefault(scheduledEventId, 0),
                details);
    }

    private static Optional<WorkflowEvent> row(
            Instant time, String what, String activityType, int attempt, String details) {
        return Optional.of(new WorkflowEvent(time, what, activityType, attempt, details));
    }

    /** "from exporter" for a restart's run, "from collect" for a first run; "" when the input isn't a JobStart. */
    private String firstTask(io.temporal.api.common.v1.Payloads input) {
        try {
            JobStart start = converter.fromPayloads(0, Optional.of(input), JobStart.class, JobStart.class);
            return start == null || start.firstTask() == null
                    ? ""
                    : "from " + start.firstTask().value();
        } catch (RuntimeException notAJobStart) {
            return "";
        }
    }

    private static String message(Failure failure) {
        String message = failure.getMessage();
        return failure.hasCause() && !failure.getCause().getMessage().isBlank()
                ? message + ": " + failure.getCause().getMessage()
                : message;
    }

    private static String withRetryState(String message, RetryState state) {
        String why = switch (state) {
            case RETRY_STATE_NON_RETRYABLE_FAILURE -> "not retried: a permanent failure";
            case RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED -> "not retried: no attempts left";
            case RETRY_STATE_TIMEOUT -> "not retried: its retry window is over";
            case RETRY_STATE_CANCEL_REQUESTED -> "not retried: cancel requested";
            default -> "";
        };
        return why.isEmpty() ? message : message + " (" + why + ")";
    }

    /** E.g. "EVENT_TYPE_MARKER_RECORDED" as "Marker recorded". */
    private static String readable(EventType type) {
        String words =
                type.name().replaceFirst("^EVENT_TYPE_", "").replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? type.name() : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** E.g. "2 h 5 min", "90 s" as "1 min 30 s". */
    static String readable(Duration duration) {
        List<String> parts = new ArrayList<>();
        if (duration.toDaysPart() > 0) {
            parts.add(duration.toDaysPart() + " d");
        }
        if (duration.toHoursPart() > 0) {
            parts.add(duration.toHoursPart() + " h");
        }
        if (duration.toMinutesPart() > 0) {
            parts.add(duration.toMinutesPart() + " min");
        }
        if (duration.toSecondsPart() > 0 || parts.isEmpty()) {
            parts.add(duration.toSecondsPart() + " s");
        }
        return String.join(" ", parts);
    }

    private static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }
}
