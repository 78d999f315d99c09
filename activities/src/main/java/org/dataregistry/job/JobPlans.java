package org.dataregistry.job;

import io.temporal.failure.ApplicationFailure;
import java.util.Optional;
import org.dataregistry.task.FailureTypes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads what a job workflow needs to run a job: its publication's source and settings, and the job's context. */
@Repository
public class JobPlans {

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
        return find(jobId)
                .orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
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
                    JobContext context = json.readValue(rs.getString("context"), JobContext.class);
                    // "HTTP" is the stored value of Collector.HTTP, the built-in backend's collector
                    return new JobPlan(
                            rs.getLong("id"),
                            rs.getLong("publication_id"),
                            "HTTP".equals(rs.getString("collector")) ? Backend.BUILT_IN : Backend.KINGFISHER,
                            rs.getString("source_id"),
                            rs.getString("source_url"),
                            rs.getBoolean("keep_all_data"),
                            context.kingfisher(),
                            context.exportedFiles());
                })
                .optional();
    }
}
