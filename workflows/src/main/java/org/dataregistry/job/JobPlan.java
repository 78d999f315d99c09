package org.dataregistry.job;

import java.util.List;

/**
 * What a job workflow needs to know to run, read once from the database when the run begins.
 *
 * @param jobId the job
 * @param publicationId its publication
 * @param backend which systems collect and process the data
 * @param sourceId the publication's source ID (the Kingfisher Collect spider)
 * @param sourceUrl the publication's source URL (what the built-in collector downloads)
 * @param scrapySettings the settings bundle as Scrapyd {@code KEY=VALUE} arguments, sorted by key
 * @param keepAllData whether to keep the temporary data after the job ("preserve temporary data")
 * @param kingfisher what earlier runs of the job learned from Kingfisher Collect and Process
 * @param exportedFiles the JSON Lines files an earlier run's exporter wrote (job context {@code exported_files}),
 *     which a run restarted from the flattener flattens
 */
public record JobPlan(long jobId, long publicationId, Backend backend, String sourceId, String sourceUrl,
        List<String> scrapySettings, boolean keepAllData, KingfisherContext kingfisher, List<String> exportedFiles) {

    public JobPlan {
        scrapySettings = List.copyOf(scrapySettings);
        kingfisher = kingfisher == null ? KingfisherContext.NONE : kingfisher;
        exportedFiles = exportedFiles == null ? List.of() : List.copyOf(exportedFiles);
    }
}
