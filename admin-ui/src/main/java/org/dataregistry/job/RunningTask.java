package org.dataregistry.job;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dataregistry.task.TaskProgress;

/**
 * What a running task's workflow says about it now, beside what the database says.
 *
 * @param attempt the attempt of its activity, 1 for the first
 * @param lastFailure why its activity's last attempt failed (it is being retried), or ""
 * @param progress how far it has got, when its activities report it
 */
public record RunningTask(int attempt, String lastFailure, Optional<TaskProgress> progress) {

    /** What the flattener reports: one activity per exported file, so the files done of the files. */
    static final String FILES_FLATTENED = "files flattened";

    /**
     * The task's pending activities as one: the latest attempt and failure, and the progress of the one that
     * reports it. The flattener runs one activity per exported file, so its progress is the files done of
     * {@code exportedFiles} (those no longer pending).
     */
    static RunningTask of(List<PendingActivity> activities, boolean flattener, int exportedFiles) {
        PendingActivity latest = activities.stream()
                .max(Comparator.comparingInt(PendingActivity::attempt))
                .orElseThrow();
        String lastFailure = activities.stream()
                .map(PendingActivity::lastFailure)
                .filter(failure -> !failure.isEmpty())
                .findFirst()
                .orElse("");
        Optional<TaskProgress> progress = flattener && exportedFiles > 0
                ? Optional.of(
                        TaskProgress.of(Math.max(0, exportedFiles - activities.size()), exportedFiles, FILES_FLATTENED))
                : activities.stream()
                        .flatMap(activity -> activity.progress().stream())
                        .findFirst();
        return new RunningTask(latest.attempt(), lastFailure, progress);
    }
}
