package org.dataregistry.process;

/** @param jobId the job whose collected files are processed */
public record ProcessRequest(long jobId) {}
