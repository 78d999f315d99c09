package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.dataregistry.collect.DownloadRequest;
import org.dataregistry.collect.ScheduledCrawl;
import org.dataregistry.flatten.FlattenRequest;
import org.dataregistry.process.KingfisherProcessRequest;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.Test;

/** Which task an activity call works for, so its retries show on the right task row. */
class TaskAttemptsTest {

    @Test
    void eachTasksActivitiesAreRecognisedByTheirTypePrefix() {
        assertThat(TaskAttempts.taskOf("HttpCollectDownload", args(new DownloadRequest(7, "https://example.com"))))
                .contains(new TaskRef(7, TaskType.COLLECT));
        assertThat(TaskAttempts.taskOf("ScrapydAwaitCrawl", args(new ScheduledCrawl(7, "spider", "abc", "log"))))
                .contains(new TaskRef(7, TaskType.COLLECT));
        assertThat(TaskAttempts.taskOf("ProcessProcess", args(new org.dataregistry.process.ProcessRequest(7))))
                .contains(new TaskRef(7, TaskType.PROCESS));
        assertThat(TaskAttempts.taskOf("PullPull", args(org.dataregistry.pull.PullRequest.builtIn(7))))
                .contains(new TaskRef(7, TaskType.PULL));
        assertThat(TaskAttempts.taskOf("ExporterExport", args(7L))).contains(new TaskRef(7, TaskType.EXPORTER));
        assertThat(TaskAttempts.taskOf("FlattenerFlatten", args(new FlattenRequest(7, "full.jsonl.gz"))))
                .contains(new TaskRef(7, TaskType.FLATTENER));
    }

    @Test
    void kingfisherProcessIsNotMistakenForTheBuiltInProcessor() {
        assertThat(TaskAttempts.taskOf(
                        "KingfisherProcessAwaitCollection", args(new KingfisherProcessRequest(7, "456"))))
                .contains(new TaskRef(7, TaskType.PROCESS));
    }

    @Test
    void bookkeepingWipesAndCancelsAreNotTaskAttempts() {
        assertThat(TaskAttempts.taskOf("JobBegin", args(new JobStart(7, TaskType.COLLECT))))
                .isEmpty();
        assertThat(TaskAttempts.taskOf("HttpCollectWipe", args(7L))).isEmpty();
        assertThat(TaskAttempts.taskOf("ScrapydCancel", args(new ScheduledCrawl(7, "s", "abc", "log"))))
                .isEmpty();
        assertThat(TaskAttempts.taskOf("SchedulingCreateDueJobs", new Object[0]))
                .isEmpty();
    }

    private static Object[] args(Object... arguments) {
        return arguments;
    }
}
