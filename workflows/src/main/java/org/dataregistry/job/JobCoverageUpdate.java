package org.dataregistry.job;

import org.dataregistry.pull.PullResult;

/** @param pull the coverage, counts and dates computed while pulling, to store on the job */
public record JobCoverageUpdate(long jobId, PullResult pull) {}
