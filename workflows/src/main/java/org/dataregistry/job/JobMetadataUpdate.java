package org.dataregistry.job;

import org.dataregistry.process.PublicationMetadata;

/** @param metadata what processing found out about the publication, to store on the job */
public record JobMetadataUpdate(long jobId, PublicationMetadata metadata) {}
