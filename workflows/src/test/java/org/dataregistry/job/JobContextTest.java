package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The job context travels through workflow histories and lives in the job table under the original's keys. */
class JobContextTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesOnlyTheKnownEntriesUnderTheOriginalsKeys() throws Exception {
        assertThat(json.writeValueAsString(JobContext.crawled("456", null, 0.25)))
                .isEqualTo("{\"process_id\":\"456\",\"collect_error_rate\":0.25}");
        assertThat(json.writeValueAsString(JobContext.crawlScheduled("portugal", "abc", "http://scrapyd/x.log")))
                .isEqualTo("{\"spider\":\"portugal\",\"job_id\":\"abc\",\"scrapy_log\":\"http://scrapyd/x.log\"}");
        assertThat(json.writeValueAsString(JobContext.flattened(Map.of()))).isEqualTo("{}");
    }

    @Test
    void readsAStoredContextIgnoringKeysItDoesNotKnow() throws Exception {
        JobContext context = json.readValue("""
                {"spider": "portugal", "job_id": "abc", "process_id": "456", "data_version": "2024-01-15 10:00:00",
                 "process_compiled_collection_id": 457, "exported_files": ["full.jsonl.gz"],
                 "exported_releases": {"full.jsonl.gz": 2}, "from_the_original": {"any": 1}}
                """, JobContext.class);

        assertThat(context.kingfisher())
                .isEqualTo(new KingfisherContext("portugal", "abc", null, "456", "2024-01-15 10:00:00", 457L));
        assertThat(context.exportedFiles()).containsExactly("full.jsonl.gz");
        assertThat(context.exportedReleases()).containsEntry("full.jsonl.gz", 2L);
        assertThat(context.isEmpty()).isFalse();
    }

    @Test
    void aTaskThatLearnedNothingMergesNothing() throws Exception {
        TaskEnd end = json.readValue(
                "{\"jobId\":7,\"task\":\"FLATTENER\",\"failureReason\":null,\"context\":{}}", TaskEnd.class);

        assertThat(end.context().isEmpty()).isTrue();
        assertThat(TaskEnd.failed(new TaskRef(7, end.task()), "x").context().isEmpty())
                .isTrue();
        assertThat(JobContext.exported(List.of(), Map.of()).isEmpty()).isFalse();
    }
}
