package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.protobuf.Timestamp;
import io.temporal.api.common.v1.ActivityType;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.ActivityTaskFailedEventAttributes;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.ActivityTaskStartedEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.history.v1.WorkflowExecutionCancelRequestedEventAttributes;
import io.temporal.api.history.v1.WorkflowExecutionStartedEventAttributes;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.Test;

/** What the job page's "Workflow history" says about the events a real Temporal server records. */
class WorkflowEventsTest {

    private static final Instant AT = Instant.parse("2026-12-07T14:03:05Z");

    @Test
    void aRetriedActivitySaysWhichAttemptAndWhyItFailedForGood() {
        List<WorkflowEvent> rows = WorkflowEvents.of(
                Stream.of(
                        event(
                                1,
                                EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED,
                                event -> event.setWorkflowExecutionStartedEventAttributes(
                                        WorkflowExecutionStartedEventAttributes.newBuilder()
                                                .setInput(DefaultDataConverter.STANDARD_INSTANCE
                                                        .toPayloads(new JobStart(7, TaskType.EXPORTER))
                                                        .orElseThrow()))),
                        event(2, EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED, event -> event),
                        event(
                                5,
                                EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
                                event -> event.setActivityTaskScheduledEventAttributes(
                                        ActivityTaskScheduledEventAttributes.newBuilder()
                                                .setActivityType(ActivityType.newBuilder()
                                                        .setName("ExporterExport")))),
                        event(
                                6,
                                EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED,
                                event -> event.setActivityTaskStartedEventAttributes(
                                        ActivityTaskStartedEventAttributes.newBuilder()
                                                .setScheduledEventId(5)
                                                .setAttempt(3)
                                                .setLastFailure(
                                                        Failure.newBuilder().setMessage("Disk full")))),
                        event(
                                7,
                                EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED,
                                event -> event.setActivityTaskFailedEventAttributes(
                                        ActivityTaskFailedEventAttributes.newBuilder()
                                                .setScheduledEventId(5)
                                                .setRetryState(RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE)
                                                .setFailure(Failure.newBuilder().setMessage("No compiled releases")))),
                        event(
                                8,
                                EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED,
                                event -> event.setWorkflowExecutionCancelRequestedEventAttributes(
                                        WorkflowExecutionCancelRequestedEventAttributes.newBuilder()
                                                .setCause("By olga"))),
                        event(9, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW, event -> event),
                        event(10, EventType.EVENT_TYPE_MARKER_RECORDED, event -> event)),
                DefaultDataConverter.STANDARD_INSTANCE);

        assertThat(rows)
                .extracting(
                        WorkflowEvent::event,
                        WorkflowEvent::activityType,
                        WorkflowEvent::attempt,
                        WorkflowEvent::details)
                .containsExactly(
                        tuple("Workflow started", "", 0, "from exporter"),
                        tuple("Activity scheduled", "ExporterExport", 0, ""),
                        tuple("Activity started", "ExporterExport", 3, "retried after: Disk full"),
                        tuple(
                                "Activity failed",
                                "ExporterExport",
                                3,
                                "No compiled releases (not retried: a permanent failure)"),
                        tuple("Cancel requested", "", 0, "By olga"),
                        tuple("Continued as new", "", 0, ""),
                        tuple("Marker recorded", "", 0, ""));
        assertThat(rows).extracting(WorkflowEvent::time).containsOnly(AT);
    }

    @Test
    void durationsReadAsUnits() {
        assertThat(WorkflowEvents.readable(java.time.Duration.ofSeconds(90))).isEqualTo("1 min 30 s");
        assertThat(WorkflowEvents.readable(java.time.Duration.ofDays(7))).isEqualTo("7 d");
        assertThat(WorkflowEvents.readable(java.time.Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
    }

    private static HistoryEvent event(
            long id, EventType type, java.util.function.UnaryOperator<HistoryEvent.Builder> attributes) {
        return attributes
                .apply(HistoryEvent.newBuilder()
                        .setEventId(id)
                        .setEventType(type)
                        .setEventTime(Timestamp.newBuilder().setSeconds(AT.getEpochSecond())))
                .build();
    }
}
