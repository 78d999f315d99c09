package org.dataregistry.job;

/** The one place job workflow ids are made: {@code job-<jobId>}, one workflow per job. */
public final class JobWorkflowIds {

    private static final String PREFIX = "job-";

    private JobWorkflowIds() {
    }

    public static String of(long jobId) {
        return PREFIX + jobId;
    }

    /** The job of a workflow id made by {@link #of}. */
    public static long jobId(String workflowId) {
        if (!workflowId.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a job workflow id: " + workflowId);
        }
        return Long.parseLong(workflowId.substring(PREFIX.length()));
    }
}
