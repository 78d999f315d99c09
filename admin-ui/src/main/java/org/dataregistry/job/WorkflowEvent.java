package org.dataregistry.job;

import java.time.Instant;

/**
 * One event of a job's workflow history, as the job page lists it.
 *
 * @param time when Temporal recorded it
 * @param event what happened, e.g. "Activity started"
 * @param activityType the activity it is about, e.g. "PullPull", or ""
 * @param attempt the activity's attempt, or 0 when the event has none
 * @param details the retry or failure reason, the timer's duration..., or ""
 */
public record WorkflowEvent(Instant time, String event, String activityType, int attempt, String details) {}
