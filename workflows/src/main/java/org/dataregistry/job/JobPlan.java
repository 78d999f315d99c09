package org.dataregistry.job;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What a job workflow needs to know to run, read once from the database when the run begins. It enters the workflow
 * history, so it carries no secret: the crawl reads its Scrapy settings itself. Unknown properties are ignored, so that
 * histories of runs begun before a component was dropped (e.g. {@code scrapySettings}) still replay; Temporal's JSON
 * converter would fail on them otherwise.
 *
 * @param jobId the job
 * @param publicationId its publication
 * @param backend which systems collect and process the data
 * @param sourceId the publication's source ID (the Kingfisher Collect spider)
 * @param sourceUrl the publication's source URL (what the built-in collector downloads)
 * @param keepAllData whether to keep the temporary data after the job ("preserve temporary data")
 * @param kingfisher what earlier runs of the job learned from Kingfisher Collect and Process
 * @param exportedFiles the JSON Lines files an earlier run's exporter wrote (job context {@code exported_files}),
 *     which a run restarted from the flattener flattens
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobPlan(
        long jobId,
        long publicationId,
        Backend backend,
        String sourceId,
        String sourceUrl,
        boolean keepAllData,
        KingfisherContext kingfisher,
        List<String> exportedFiles) {

    public JobPlan {
        kingfisher = kingfisher == null ? KingfisherContext.NONE : kingfisher;
        exportedFiles = exportedFiles == null ? List.of() : List.copyOf(exportedFiles);
    }
}
