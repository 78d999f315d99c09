package org.dataregistry.job;

import java.util.List;
import java.util.Map;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A task's notes (crawl log findings, merge warnings...). Activities write them here directly rather than through
 * workflow payloads, which a bad crawl's thousands of log lines would overflow.
 */
@Repository
public class TaskNotes {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json = JsonMapper.builder().build();

    public TaskNotes(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Replaces the notes of the job's task with {@code notes}, all at once (as the original does each time a
     * task's final status is computed), so running it twice leaves the same notes. Does nothing when the job has
     * no such task.
     */
    @Transactional
    public void replace(long jobId, TaskType task, List<TaskNoteRecord> notes) {
        jdbc.sql("DELETE FROM task_note WHERE task_id = (SELECT id FROM task WHERE job_id = :job AND type = :type)")
                .param("job", jobId)
                .param("type", task.value())
                .update();
        MapSqlParameterSource[] rows = notes.stream()
                .map(note -> new MapSqlParameterSource()
                        .addValue("job", jobId)
                        .addValue("type", task.value())
                        .addValue("level", note.level())
                        .addValue("note", note.note())
                        .addValue("data", json.writeValueAsString(note.data())))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("""
                INSERT INTO task_note (task_id, level, note, data)
                SELECT id, :level, :note, CAST(:data AS jsonb) FROM task WHERE job_id = :job AND type = :type
                """, rows);
    }

    /** The notes of the job's task, in the order they were written. */
    public List<TaskNoteRecord> of(long jobId, TaskType task) {
        return jdbc.sql("""
                        SELECT n.level, n.note, n.data::text AS data FROM task_note n JOIN task t ON t.id = n.task_id
                        WHERE t.job_id = :job AND t.type = :type ORDER BY n.id
                        """)
                .param("job", jobId)
                .param("type", task.value())
                .query((rs, row) -> new TaskNoteRecord(
                        rs.getString("level"), rs.getString("note"), json.readValue(rs.getString("data"), Map.class)))
                .list();
    }
}
