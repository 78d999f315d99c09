package org.dataregistry.process;

/**
 * @param jobId the job
 * @param processId the Kingfisher Process root collection the crawl created (job context {@code process_id})
 */
public record KingfisherProcessRequest(long jobId, String processId) {}
