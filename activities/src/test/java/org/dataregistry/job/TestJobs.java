package org.dataregistry.job;

import java.sql.Timestamp;
import java.time.Instant;

import org.dataregistry.task.TaskType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Publications, jobs and tasks written straight to the database, for job tests. */
final class TestJobs {

    private final JdbcClient jdbc;

    TestJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long publication(String collector) {
        return jdbc.sql("""
                        INSERT INTO publication (title, source_id, source_url, collector)
                        VALUES ('Portugal', 'portugal', 'https://example.com/ocds.json', :collector) RETURNING id
                        """)
                .param("collector", collector).query(Long.class).single();
    }

    long plannedJob(long publication) {
        return jdbc.sql("INSERT INTO job (publication_id) VALUES (:p) RETURNING id").param("p", publication)
                .query(Long.class).single();
    }

    /** A completed job with its five tasks completed with {@code result}, started at {@code start}. */
    long completedJob(long publication, Instant start, String result, long ocids) {
        long job = jdbc.sql("""
                        INSERT INTO job (publication_id, status, start, "end", coverage)
                        VALUES (:p, 'COMPLETED', :start, :start, CAST(:coverage AS jsonb)) RETURNING id
                        """)
                .param("p", publication).param("start", Timestamp.from(start))
                .param("coverage", "{\"/ocid\": " + ocids + "}")
                .query(Long.class).single();
        for (TaskType type : TaskType.values()) {
            jdbc.sql("""
                            INSERT INTO task (job_id, type, position, status, result, start, "end")
                            VALUES (:job, :type, :position, 'COMPLETED', :result, :start, :start)
                            """)
                    .param("job", job).param("type", type.value()).param("position", type.position())
                    .param("result", type == TaskType.COLLECT ? result : "OK").param("start", Timestamp.from(start))
                    .update();
        }
        return job;
    }

    String taskColumn(long job, TaskType type, String column) {
        return jdbc.sql("SELECT " + column + "::text FROM task WHERE job_id = :job AND type = :type")
                .param("job", job).param("type", type.value()).query(String.class).single();
    }

    String jobColumn(long job, String column) {
        return jdbc.sql("SELECT " + column + "::text FROM job WHERE id = :job").param("job", job)
                .query(String.class).optional().orElse(null);
    }

    boolean exists(long job) {
        return jdbc.sql("SELECT count(*) FROM job WHERE id = :job").param("job", job).query(Long.class).single() == 1;
    }
}
