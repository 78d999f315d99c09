package org.dataregistry.job;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.temporal.failure.ApplicationFailure;
import org.dataregistry.task.FailureTypes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads what a job workflow needs to run a job: its publication's source and settings, and the job's context. */
@Repository
public class JobPlans {

    private static final TypeReference<Map<String, Object>> CONTEXT = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public JobPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What a run of the job needs.
     *
     * @throws ApplicationFailure (non-retryable, {@link FailureTypes#INPUT_MISSING}) if the job no longer exists
     */
    public JobPlan of(long jobId) {
        return find(jobId).orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                "Job " + jobId + " no longer exists", FailureTypes.INPUT_MISSING));
    }

    /** What a run of the job needs, or nothing if the job no longer exists. */
    public Optional<JobPlan> find(long jobId) {
        return jdbc.sql("""
                        SELECT j.id, j.publication_id, j.keep_all_data, j.context::text AS context,
                               p.collector, p.source_id, p.source_url
                        FROM job j JOIN publication p ON p.id = j.publication_id
                        WHERE j.id = :job
                        """)
                .param("job", jobId)
                .query((rs, row) -> {
                    Map<String, Object> context = json.readValue(rs.getString("context"), CONTEXT);
                    return new JobPlan(
                            rs.getLong("id"),
                            rs.getLong("publication_id"),
                            "HTTP".equals(rs.getString("collector")) ? Backend.BUILT_IN : Backend.KINGFISHER,
                            rs.getString("source_id"),
                            rs.getString("source_url"),
                            rs.getBoolean("keep_all_data"),
                            kingfisher(context),
                            exportedFiles(context));
                })
                .optional();
    }

    private static KingfisherContext kingfisher(Map<String, Object> context) {
        Object compiled = context.get("process_compiled_collection_id");
        return new KingfisherContext(
                text(context.get("spider")), text(context.get("job_id")), text(context.get("scrapy_log")),
                text(context.get("process_id")), text(context.get("data_version")),
                compiled instanceof Number number ? number.longValue() : null);
    }

    private static List<String> exportedFiles(Map<String, Object> context) {
        return context.get("exported_files") instanceof List<?> files
                ? files.stream().map(String::valueOf).toList() : List.of();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
