package org.dataregistry.job;

/**
 * The one place job workflow ids are made: {@code job-<jobId>}, one workflow per job, and
 * {@code archive-job-<jobId>} for wiping a completed job's temporary data.
 */
public final class JobWorkflowIds {

    private static final String PREFIX = "job-";
    /** Keeps its first value: running wipe workflows have ids made with it. */
    private static final String WIPE_PREFIX = "archive-";

    private JobWorkflowIds() {}

    public static String of(long jobId) {
        return PREFIX + jobId;
    }

    /** The id of the {@link JobWipeWorkflow} of a job. */
    public static String wipeOf(long jobId) {
        return WIPE_PREFIX + of(jobId);
    }

    /** The job of a workflow id made by {@link #of}. */
    public static long jobId(String workflowId) {
        if (!workflowId.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a job workflow id: " + workflowId);
        }
        return Long.parseLong(workflowId.substring(PREFIX.length()));
    }
}
