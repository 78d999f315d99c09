package org.dataregistry.job;

/**
 * What a job learned from Kingfisher Collect and Kingfisher Process, kept in the job's context (keys of the
 * original: {@code spider}, {@code job_id}, {@code scrapy_log}, {@code process_id}, {@code data_version},
 * {@code process_compiled_collection_id}) so a restarted job can continue from where it was. Fields are null until
 * known.
 */
public record KingfisherContext(
        String spider,
        String scrapydJobId,
        String scrapyLog,
        String processId,
        String dataVersion,
        Long compiledCollectionId) {

    public static final KingfisherContext NONE = new KingfisherContext(null, null, null, null, null, null);

    public KingfisherContext withCrawl(String spider, String scrapydJobId, String scrapyLog) {
        return new KingfisherContext(spider, scrapydJobId, scrapyLog, processId, dataVersion, compiledCollectionId);
    }

    public KingfisherContext withCollection(String processId, String dataVersion) {
        return new KingfisherContext(spider, scrapydJobId, scrapyLog, processId, dataVersion, compiledCollectionId);
    }

    public KingfisherContext withCompiledCollection(Long compiledCollectionId) {
        return new KingfisherContext(spider, scrapydJobId, scrapyLog, processId, dataVersion, compiledCollectionId);
    }
}
