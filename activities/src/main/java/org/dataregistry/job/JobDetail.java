package org.dataregistry.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.dataregistry.pull.JobCounts;

/**
 * Everything the job page shows about a job: its dates and status, what its tasks recorded, what its data holds,
 * and its tasks.
 *
 * @param job the job, for its label, status and dates
 * @param active whether it is its publication's active job
 * @param wiped whether its temporary data was deleted
 * @param keepAllData whether its temporary data is preserved
 * @param context what its tasks recorded (e.g. the crawl's log URL, who cancelled it and why)
 * @param contextEntries the same as stored, every entry by key, also those of other versions
 * @param dateFrom the minimum release date found in the data
 * @param dateTo the maximum release date found in the data
 * @param license the license URL found in the data
 * @param counts the 14 counts of its compiled releases
 * @param tasks its tasks, in the order they run
 */
public record JobDetail(
        JobSummary job,
        long publicationId,
        String publicationTitle,
        boolean active,
        boolean wiped,
        boolean keepAllData,
        JobContext context,
        SortedMap<String, Object> contextEntries,
        LocalDate dateFrom,
        LocalDate dateTo,
        String ocidPrefix,
        String license,
        String publicationPolicy,
        JobCounts counts,
        List<TaskDetail> tasks) {

    /** Where the crawl's Scrapy log is, for a job collected by Kingfisher Collect. */
    public Optional<String> scrapyLog() {
        return text(context.scrapyLog());
    }

    /** Who cancelled the job, when someone did. */
    public Optional<String> cancelledBy() {
        return text(context.cancelledBy());
    }

    /** Why the job was cancelled, when a reason was given. */
    public Optional<String> cancelReason() {
        return text(context.cancelReason());
    }

    /** The publication's label, {@code "<title> (<id>)"}. */
    public String publicationLabel() {
        return publicationTitle + " (" + publicationId + ")";
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
