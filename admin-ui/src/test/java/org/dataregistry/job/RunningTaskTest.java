package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dataregistry.task.TaskProgress;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.Test;

/** How the job page reads a running task's pending activities, and how its progress reads. */
class RunningTaskTest {

    @Test
    void theFlattenersProgressIsTheExportedFilesNoLongerPending() {
        RunningTask flattener = RunningTask.of(
                List.of(
                        pending(TaskType.FLATTENER, 1, "", Optional.of(new TaskProgress(40, 0, "rows written", 0))),
                        pending(TaskType.FLATTENER, 2, "Disk full", Optional.empty())),
                true,
                5);

        assertThat(flattener.progress()).contains(TaskProgress.of(3, 5, "files flattened"));
        assertThat(JobTasks.text(flattener.progress().orElseThrow())).isEqualTo("3 of 5 files flattened");
        assertThat(flattener.attempt()).isEqualTo(2);
        assertThat(flattener.lastFailure()).isEqualTo("Disk full");
    }

    @Test
    void anotherTasksProgressIsWhatItsActivityLastReported() {
        RunningTask process = RunningTask.of(
                List.of(pending(
                        TaskType.PROCESS,
                        1,
                        "",
                        Optional.of(new TaskProgress(1234, 0, "releases stored", 12_345_678)))),
                false,
                5);

        assertThat(JobTasks.text(process.progress().orElseThrow())).isEqualTo("1,234 releases stored · 12.3 MB");
        assertThat(process.attempt()).isEqualTo(1);
        assertThat(process.lastFailure()).isEmpty();
    }

    @Test
    void bytesReadInDecimalUnits() {
        assertThat(JobTasks.bytes(999)).isEqualTo("999 B");
        assertThat(JobTasks.bytes(63_989)).isEqualTo("64.0 kB");
        assertThat(JobTasks.bytes(2_500_000_000L)).isEqualTo("2.5 GB");
    }

    private static PendingActivity pending(
            TaskType task, int attempt, String failure, Optional<TaskProgress> progress) {
        return new PendingActivity(task, attempt, failure, progress);
    }
}
