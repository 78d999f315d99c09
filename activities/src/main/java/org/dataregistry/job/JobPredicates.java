package org.dataregistry.job;

/** SQL conditions on a job aliased {@code j} that the admin's queries share. */
final class JobPredicates {

    /**
     * The job has a task that failed or was cancelled: for a completed job, the original's {@code unsuccessful()},
     * with a cancelled job counted as unsuccessful too (as retention and scheduling count it).
     */
    static final String HAS_UNSUCCESSFUL_TASK = """
            EXISTS (SELECT 1 FROM task t WHERE t.job_id = j.id AND t.result IN ('FAILED', 'CANCELLED'))""";

    private JobPredicates() {
    }
}
