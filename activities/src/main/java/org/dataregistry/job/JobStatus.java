package org.dataregistry.job;

/** A job's life cycle; COMPLETED means ended, successfully or not. */
public enum JobStatus {
    PLANNED,
    RUNNING,
    COMPLETED
}
