package org.dataregistry.job;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What a job's tasks learned, kept in the job's {@code context} column (JSON) under the original's keys: the one place
 * that names them. The workflow sends the entries a task found as one of these, with the other fields null; the
 * store merges the non-null ones into the column, so a later entry replaces an earlier one with the same key and the
 * others stay. Read back from a row, the fields hold the latest entries; keys written by other versions are ignored.
 *
 * @param sourceUrl where the source URL led after redirects (built-in collect)
 * @param pages responses read by the built-in collector
 * @param bytes bytes it stored
 * @param spider the Kingfisher Collect spider that crawled
 * @param scrapydJobId the crawl's Scrapyd job id
 * @param scrapyLog the crawl's log URL
 * @param processId the crawl's Kingfisher Process collection id
 * @param dataVersion the crawl's data version
 * @param collectErrorRate the crawl's errors ÷ (files + errors), from 0 to 1
 * @param releases releases (and records) the built-in processor read
 * @param compiledReleases compiled releases stored by the processor, then pulled
 * @param compiledCollectionId Kingfisher Process's compiled collection
 * @param exportedFiles the JSON Lines files the exporter wrote, which a run restarted from the flattener flattens
 * @param exportedReleases the compiled releases in each exported file, which the public page charts by year
 * @param xlsxSkipped why no Excel file was made, by CSV archive, where one wasn't
 * @param cancelledBy who cancelled the job
 * @param cancelReason why, as they said ("" when they gave no reason)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobContext(
        @JsonProperty(SOURCE_URL) String sourceUrl,
        @JsonProperty(PAGES) Integer pages,
        @JsonProperty(BYTES) Long bytes,
        @JsonProperty(SPIDER) String spider,
        @JsonProperty(SCRAPYD_JOB_ID) String scrapydJobId,
        @JsonProperty(SCRAPY_LOG) String scrapyLog,
        @JsonProperty(PROCESS_ID) String processId,
        @JsonProperty(DATA_VERSION) String dataVersion,
        @JsonProperty(COLLECT_ERROR_RATE) Double collectErrorRate,
        @JsonProperty(RELEASES) Long releases,
        @JsonProperty(COMPILED_RELEASES) Long compiledReleases,
        @JsonProperty(COMPILED_COLLECTION_ID) Long compiledCollectionId,
        @JsonProperty(EXPORTED_FILES) List<String> exportedFiles,
        @JsonProperty(EXPORTED_RELEASES) Map<String, Long> exportedReleases,
        @JsonProperty(XLSX_SKIPPED) Map<String, String> xlsxSkipped,
        @JsonProperty(CANCELLED_BY) String cancelledBy,
        @JsonProperty(CANCEL_REASON) String cancelReason) {

    public static final String SOURCE_URL = "source_url";
    public static final String PAGES = "pages";
    public static final String BYTES = "bytes";
    public static final String SPIDER = "spider";
    public static final String SCRAPYD_JOB_ID = "job_id";
    public static final String SCRAPY_LOG = "scrapy_log";
    public static final String PROCESS_ID = "process_id";
    public static final String DATA_VERSION = "data_version";
    public static final String COLLECT_ERROR_RATE = "collect_error_rate";
    public static final String RELEASES = "releases";
    public static final String COMPILED_RELEASES = "compiled_releases";
    public static final String COMPILED_COLLECTION_ID = "process_compiled_collection_id";
    public static final String EXPORTED_FILES = "exported_files";
    public static final String EXPORTED_RELEASES = "exported_releases";
    public static final String XLSX_SKIPPED = "xlsx_skipped";
    public static final String CANCELLED_BY = "cancelled_by";
    public static final String CANCEL_REASON = "cancel_reason";

    /** No entries: merging it changes nothing. */
    public static final JobContext EMPTY = new JobContext(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public JobContext {
        exportedFiles = exportedFiles == null ? null : List.copyOf(exportedFiles);
        exportedReleases = exportedReleases == null ? null : Map.copyOf(exportedReleases);
        xlsxSkipped = xlsxSkipped == null || xlsxSkipped.isEmpty() ? null : Map.copyOf(xlsxSkipped);
    }

    /** What the built-in collector downloaded. */
    public static JobContext downloaded(String resolvedSourceUrl, int pages, long bytes) {
        return new JobContext(
                resolvedSourceUrl,
                pages,
                bytes,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The crawl Scrapyd scheduled, recorded at once so that its log can be read while it runs. */
    public static JobContext crawlScheduled(String spider, String scrapydJobId, String scrapyLog) {
        return new JobContext(
                null,
                null,
                null,
                spider,
                scrapydJobId,
                scrapyLog,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** How the crawl ended: its Kingfisher Process collection and data version (null when unknown), its error rate. */
    public static JobContext crawled(String processId, String dataVersion, double errorRate) {
        return new JobContext(
                null,
                null,
                null,
                null,
                null,
                null,
                processId,
                dataVersion,
                errorRate,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** What the built-in processor read and compiled. */
    public static JobContext processed(long releases, long compiledReleases) {
        return new JobContext(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                releases,
                compiledReleases,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** Kingfisher Process's compiled collection (null when it has none). */
    public static JobContext compiledCollection(Long compiledCollectionId) {
        return new JobContext(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                compiledCollectionId,
                null,
                null,
                null,
                null,
                null);
    }

    /** The compiled releases pulled into the staging file. */
    public static JobContext pulled(long compiledReleases) {
        return new JobContext(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                compiledReleases,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The files the exporter wrote and the compiled releases in each. */
    public static JobContext exported(List<String> files, Map<String, Long> releases) {
        return new JobContext(
                null, null, null, null, null, null, null, null, null, null, null, null, files, releases, null, null,
                null);
    }

    /** Why Excel files weren't made, by CSV archive; no entry when every file got one. */
    public static JobContext flattened(Map<String, String> xlsxSkipped) {
        return new JobContext(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                xlsxSkipped,
                null,
                null);
    }

    /** Who cancelled the job and why. */
    public static JobContext cancelled(String by, String reason) {
        return new JobContext(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, by, reason);
    }

    /** Whether it has no entry. */
    @JsonIgnore
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** What the job learned from Kingfisher Collect and Process, for a run that continues the job. */
    @JsonIgnore
    public KingfisherContext kingfisher() {
        return new KingfisherContext(spider, scrapydJobId, scrapyLog, processId, dataVersion, compiledCollectionId);
    }
}
