package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dataregistry.database.PersistenceTest;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceTest
class TaskNotesTest {

    @Autowired
    TaskNotes notes;

    @Autowired
    JdbcClient jdbc;

    long jobId;

    @BeforeEach
    void aJobWithACollectTask() {
        long publication = jdbc.sql("INSERT INTO publication (title, source_id) VALUES ('t', 's') RETURNING id")
                .query(Long.class)
                .single();
        jobId = jdbc.sql("INSERT INTO job (publication_id) VALUES (:p) RETURNING id")
                .param("p", publication)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO task (job_id, type, position) VALUES (:job, 'collect', 1)")
                .param("job", jobId)
                .update();
    }

    @Test
    void notesAreReplacedWholesaleSoWritingThemTwiceKeepsOneCopy() {
        List<TaskNoteRecord> found = List.of(
                new TaskNoteRecord(TaskNoteRecord.ERROR, "status=404 message=''", Map.of("type", "HTTP 404")),
                new TaskNoteRecord(TaskNoteRecord.WARNING, "item_dropped_count: 1", Map.of()));

        notes.replace(jobId, TaskType.COLLECT, found);
        notes.replace(jobId, TaskType.COLLECT, found);

        assertThat(notes.of(jobId, TaskType.COLLECT)).containsExactlyElementsOf(found);
    }

    @Test
    void nullValuesInTheDataAreKept() {
        java.util.Map<String, Object> data = new java.util.HashMap<>();
        data.put("date", null);

        notes.replace(jobId, TaskType.COLLECT, List.of(new TaskNoteRecord(TaskNoteRecord.WARNING, "odd", data)));

        assertThat(notes.of(jobId, TaskType.COLLECT).getFirst().data()).containsEntry("date", null);
    }

    @Test
    void aTaskTheJobDoesNotHaveGetsNoNotes() {
        notes.replace(jobId, TaskType.PROCESS, List.of(new TaskNoteRecord(TaskNoteRecord.ERROR, "lost", Map.of())));

        assertThat(notes.of(jobId, TaskType.PROCESS)).isEmpty();
    }
}
