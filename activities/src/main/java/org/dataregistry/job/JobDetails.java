package org.dataregistry.job;

import static org.dataregistry.database.Rows.date;
import static org.dataregistry.database.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads one job with its tasks and their notes, for the job page. */
@Repository
public class JobDetails {

    private static final TypeReference<TreeMap<String, Object>> CONTEXT = new TypeReference<>() {};
    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public JobDetails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The job, its tasks in order and each task's notes; empty when the job doesn't exist. */
    public Optional<JobDetail> of(long jobId) {
        Map<TaskType, List<TaskNoteRecord>> notes = notes(jobId);
        List<TaskDetail> tasks = jdbc.sql("""
                        SELECT type, status, result, note, start, "end", attempts, last_error
                        FROM task WHERE job_id = :job ORDER BY position
                        """)
                .param("job", jobId)
                .query((rs, row) -> {
                    TaskType type = TaskType.fromValue(rs.getString("type"));
                    return new TaskDetail(
                            type,
                            JobStatus.valueOf(rs.getString("status")),
                            rs.getString("result"),
                            rs.getString("note"),
                            instant(rs, "start"),
                            instant(rs, "end"),
                            rs.getInt("attempts"),
                            rs.getString("last_error"),
                            notes.getOrDefault(type, List.of()));
                })
                .list();
        return jdbc.sql("""
                        SELECT j.*, j.context::text AS context_json, p.title,
                               p.active_job_id IS NOT DISTINCT FROM j.id AS active, %s
                        FROM job j JOIN publication p ON p.id = j.publication_id
                        WHERE j.id = :job
                        """.formatted(JobSummary.SHARES_DAY))
                .param("job", jobId)
                .query((rs, row) -> detail(rs, tasks))
                .optional();
    }

    private Map<TaskType, List<TaskNoteRecord>> notes(long jobId) {
        Map<TaskType, List<TaskNoteRecord>> notes = new EnumMap<>(TaskType.class);
        jdbc.sql("""
                        SELECT t.type, n.level, n.note, n.data::text AS data
                        FROM task_note n JOIN task t ON t.id = n.task_id
                        WHERE t.job_id = :job ORDER BY t.position, n.id
                        """).param("job", jobId).query(rs -> {
            notes.computeIfAbsent(TaskType.fromValue(rs.getString("type")), type -> new ArrayList<>())
                    .add(new TaskNoteRecord(
                            rs.getString("level"), rs.getString("note"), json.readValue(rs.getString("data"), DATA)));
        });
        return notes;
    }

    private JobDetail detail(ResultSet rs, List<TaskDetail> tasks) throws SQLException {
        return new JobDetail(
                JobSummary.of(rs),
                rs.getLong("publication_id"),
                rs.getString("title"),
                rs.getBoolean("active"),
                rs.getBoolean("archived"), // the column keeps the original's name for "wiped"
                rs.getBoolean("keep_all_data"),
                json.readValue(rs.getString("context_json"), JobContext.class),
                json.readValue(rs.getString("context_json"), CONTEXT),
                date(rs, "date_from"),
                date(rs, "date_to"),
                rs.getString("ocid_prefix"),
                rs.getString("license"),
                rs.getString("publication_policy"),
                JobCountColumns.read(rs),
                tasks);
    }
}
