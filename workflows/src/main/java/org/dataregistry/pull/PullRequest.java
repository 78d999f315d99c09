package org.dataregistry.pull;

/**
 * @param jobId the job
 * @param kingfisherCompiledCollectionId pull from this Kingfisher Process compiled collection; null pulls from
 *     the job's compiled file, which the built-in process task wrote
 */
public record PullRequest(long jobId, Long kingfisherCompiledCollectionId) {

    public static PullRequest builtIn(long jobId) {
        return new PullRequest(jobId, null);
    }
}
