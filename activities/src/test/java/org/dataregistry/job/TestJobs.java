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
                        """).param("collector", collector).query(Long.class).single();
    }

    /** A publication with this title and English country. */
    long publication(String title, String country) {
        return jdbc.sql("""
                        INSERT INTO publication (title, country_en, source_id) VALUES (:title, :country, 'spider')
                        RETURNING id
                        """)
                .param("title", title)
                .param("country", country)
                .query(Long.class)
                .single();
    }

    /**
     * A job in {@code status} started at {@code start} (and ended then, when completed) whose first tasks completed
     * with {@code results}, in order; its other tasks are planned.
     */
    long job(long publication, String status, Instant start, String... results) {
        long job = jdbc.sql("""
                        INSERT INTO job (publication_id, status, start, "end")
                        VALUES (:p, :status, :start, :end) RETURNING id
                        """)
                .param("p", publication)
                .param("status", status)
                .param("start", Timestamp.from(start))
                .param("end", "COMPLETED".equals(status) ? Timestamp.from(start) : null, java.sql.Types.TIMESTAMP)
                .query(Long.class)
                .single();
        for (TaskType type : TaskType.values()) {
            boolean completed = type.ordinal() < results.length;
            jdbc.sql("""
                            INSERT INTO task (job_id, type, position, status, result)
                            VALUES (:job, :type, :position, :status, :result)
                            """)
                    .param("job", job)
                    .param("type", type.value())
                    .param("position", type.position())
                    .param("status", completed ? "COMPLETED" : "PLANNED")
                    .param("result", completed ? results[type.ordinal()] : "")
                    .update();
        }
        return job;
    }

    void activate(long job) {
        jdbc.sql(
                        "UPDATE publication SET active_job_id = :job WHERE id = (SELECT publication_id FROM job WHERE id = :job)")
                .param("job", job)
                .update();
    }

    void update(long job, String assignments) {
        jdbc.sql("UPDATE job SET " + assignments + " WHERE id = :job")
                .param("job", job)
                .update();
    }

    long plannedJob(long publication) {
        return jdbc.sql("INSERT INTO job (publication_id) VALUES (:p) RETURNING id")
                .param("p", publication)
                .query(Long.class)
                .single();
    }

    /** A completed job with its five tasks completed with {@code result}, started at {@code start}. */
    long completedJob(long publication, Instant start, String result, long ocids) {
        long job = jdbc.sql("""
                        INSERT INTO job (publication_id, status, start, "end", coverage)
                        VALUES (:p, 'COMPLETED', :start, :start, CAST(:coverage AS jsonb)) RETURNING id
                        """)
                .param("p", publication)
                .param("start", Timestamp.from(start))
                .param("coverage", "{\"/ocid\": " + ocids + "}")
                .query(Long.class)
                .single();
        for (TaskType type : TaskType.values()) {
            jdbc.sql("""
                            INSERT INTO task (job_id, type, position, status, result, start, "end")
                            VALUES (:job, :type, :position, 'COMPLETED', :result, :start, :start)
                            """)
                    .param("job", job)
                    .param("type", type.value())
                    .param("position", type.position())
                    .param("result", type == TaskType.COLLECT ? result : "OK")
                    .param("start", Timestamp.from(start))
                    .update();
        }
        return job;
    }

    String taskColumn(long job, TaskType type, String column) {
        return jdbc.sql("SELECT " + column + "::text FROM task WHERE job_id = :job AND type = :type")
                .param("job", job)
                .param("type", type.value())
                .query(String.class)
                .single();
    }

    String jobColumn(long job, String column) {
        return jdbc.sql("SELECT " + column + "::text FROM job WHERE id = :job")
                .param("job", job)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    boolean exists(long job) {
        return jdbc.sql("SELECT count(*) FROM job WHERE id = :job")
                        .param("job", job)
                        .query(Long.class)
                        .single()
                == 1;
    }
}
