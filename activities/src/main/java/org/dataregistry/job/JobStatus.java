package org.dataregistry.job;

/** The life cycle of a job and of each of its tasks; COMPLETED means ended, successfully or not. */
public enum JobStatus {
    PLANNED,
    RUNNING,
    COMPLETED
}
