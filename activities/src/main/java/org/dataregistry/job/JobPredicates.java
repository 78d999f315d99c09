package org.dataregistry.job;

/** SQL conditions on jobs shared by the admin's queries, retention and scheduling: one meaning each. */
public final class JobPredicates {

    /** {@link #hasUnsuccessfulTask} for a job aliased {@code j}. */
    static final String HAS_UNSUCCESSFUL_TASK = hasUnsuccessfulTask("j");

    private JobPredicates() {}

    /**
     * The job (aliased {@code job} in the query) has a task that failed or was cancelled: for a completed job, the
     * original's {@code unsuccessful()}, with a cancelled job counted as unsuccessful too.
     */
    public static String hasUnsuccessfulTask(String job) {
        return "EXISTS (SELECT 1 FROM task t WHERE t.job_id = " + job + ".id AND t.result IN ('FAILED', 'CANCELLED'))";
    }
}
