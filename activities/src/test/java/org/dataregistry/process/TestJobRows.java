package org.dataregistry.process;

import java.util.ArrayList;
import java.util.List;
import org.dataregistry.task.TaskType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Jobs with their five tasks, committed (activities run on their own threads, so a rolled-back test transaction
 * would hide the rows from them); {@link #deleteAll()} removes them and, by cascade, all they own.
 */
public final class TestJobRows {

    private final JdbcClient jdbc;
    private final List<Long> publications = new ArrayList<>();

    public TestJobRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new job, of a new publication, with its five tasks planned. */
    public long job() {
        long publication = jdbc.sql("INSERT INTO publication (title, source_id) VALUES ('Test', 'test') RETURNING id")
                .query(Long.class)
                .single();
        publications.add(publication);
        long job = jdbc.sql("INSERT INTO job (publication_id) VALUES (:p) RETURNING id")
                .param("p", publication)
                .query(Long.class)
                .single();
        for (TaskType type : TaskType.values()) {
            jdbc.sql("INSERT INTO task (job_id, type, position) VALUES (:job, :type, :position)")
                    .param("job", job)
                    .param("type", type.value())
                    .param("position", type.position())
                    .update();
        }
        return job;
    }

    public void deleteAll() {
        publications.forEach(id -> jdbc.sql("DELETE FROM publication WHERE id = :id")
                .param("id", id)
                .update());
        publications.clear();
    }
}
