package org.dataregistry.job;

import java.util.Optional;
import org.dataregistry.task.TaskProgress;
import org.dataregistry.task.TaskType;

/**
 * An activity of a task that the job's workflow runs, or waits to retry, right now (a pending activity in
 * Temporal's terms).
 *
 * @param task the task it works for
 * @param attempt its attempt, 1 for the first
 * @param lastFailure why its last attempt failed, or "" when none did
 * @param progress how far it has got, from its last heartbeat; empty before one or when the heartbeat says no
 *     {@link TaskProgress}
 */
public record PendingActivity(TaskType task, int attempt, String lastFailure, Optional<TaskProgress> progress) {}
