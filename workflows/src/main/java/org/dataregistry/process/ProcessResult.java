package org.dataregistry.process;

/**
 * What processing produced. The task's notes (merge warnings, unreadable files...) are already stored as the
 * process task's notes; only their count travels here.
 *
 * @param releases releases (and records) read
 * @param compiledReleases compiled releases written, one per OCID that could be compiled
 * @param notes notes written for the task
 * @param metadata what the data says about the publication
 * @param compiledCollectionId Kingfisher Process's compiled collection, null for the built-in processor
 * @param failureReason why the task fails though processing finished (e.g. "Collection is empty"), or null
 */
public record ProcessResult(
        long releases,
        long compiledReleases,
        int notes,
        PublicationMetadata metadata,
        Long compiledCollectionId,
        String failureReason) {}
