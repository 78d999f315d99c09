package org.dataregistry.flatten;

/**
 * @param jobId the job
 * @param fileName an exported JSON Lines file of the job, e.g. {@code 2020.jsonl.gz}
 */
public record FlattenRequest(long jobId, String fileName) {}
