package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.dataregistry.database.PersistenceTest;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PersistenceTest
class JobInputsTest {

    static final Instant START = Instant.parse("2026-11-01T10:00:00Z");

    @Autowired
    JobInputs inputs;

    @Autowired
    JobSearch search;

    @Autowired
    JobFiles files;

    @Autowired
    JdbcClient jdbc;

    TestJobs jobs;
    long job;

    @BeforeEach
    void setUp() {
        jobs = new TestJobs(jdbc);
        job = jobs.completedJob(jobs.publication("HTTP"), START, "OK", 3);
        jobs.update(job, "context = '{\"exported_files\": [\"full.jsonl.gz\"]}'");
    }

    @AfterEach
    void deleteFiles() {
        JobFiles.deleteRecursively(files.temporaryDir(job));
        JobFiles.deleteRecursively(files.exportDir(job));
    }

    @Test
    void theExporterAndFlattenerRestartFromTheJobsExportsOnceItsTemporaryDataIsDeleted() throws IOException {
        jobs.update(job, "archived = true");
        Files.createDirectories(files.exportDir(job));
        Files.write(files.fullExport(job), new byte[] {0x1f, (byte) 0x8b});

        assertThat(inputs.missingFor(job, TaskType.EXPORTER)).isEmpty();
        assertThat(inputs.missingFor(job, TaskType.FLATTENER)).isEmpty();
        assertThat(inputs.missingFor(job, TaskType.COLLECT)).isEmpty();
    }

    @Test
    void theExporterCannotRestartFromAFullExportOlderThanTheJobsLastPull() throws IOException {
        jobs.update(job, "archived = true");
        Files.createDirectories(files.exportDir(job));
        Files.write(files.fullExport(job), new byte[] {0x1f, (byte) 0x8b});
        Files.setLastModifiedTime(files.fullExport(job), FileTime.from(START.minusSeconds(60)));

        assertThat(inputs.missingFor(job, TaskType.EXPORTER))
                .hasValue("Its input is gone: the compiled releases "
                        + "of the job's last pull were deleted with its temporary data before they were exported, and its "
                        + "full.jsonl.gz holds an earlier pull's. Restart from an earlier task.");

        jdbc.sql("UPDATE task SET result = 'FAILED' WHERE job_id = :job AND type = 'pull'")
                .param("job", job)
                .update();
        assertThat(inputs.missingFor(job, TaskType.EXPORTER))
                .as("no newer pull than the export")
                .isEmpty();
    }

    @Test
    void withoutTheStagingFileOrTheJobsFullExportTheExporterCannotRestart() {
        jobs.update(job, "archived = true");

        assertThat(inputs.missingFor(job, TaskType.EXPORTER))
                .hasValue("Its input is gone: neither the pulled "
                        + "compiled releases nor the job's full.jsonl.gz exist. Restart from an earlier task.");
        assertThat(inputs.missingFor(job, TaskType.FLATTENER))
                .hasValue("Its input, the exported files, is gone. Restart from an earlier task.");
    }

    @Test
    void processAndPullAreRefusedForDeletedTemporaryDataExactlyWhenTheJobsListFiltersItAsDeleted() throws IOException {
        Files.createDirectories(files.collectDir(job));
        Files.writeString(files.collectDir(job).resolve("page-1.json"), "{}");

        assertThat(ids(false)).containsExactly(job);
        assertThat(inputs.missingFor(job, TaskType.PROCESS)).isEmpty();
        assertThat(inputs.missingFor(job, TaskType.PULL)).isEmpty();

        jobs.update(job, "archived = true");

        assertThat(ids(true)).containsExactly(job);
        assertThat(inputs.missingFor(job, TaskType.PROCESS))
                .hasValue("Its input, the collected files, is gone "
                        + "(the job's temporary data was deleted). Restart from an earlier task.");
        assertThat(inputs.missingFor(job, TaskType.PULL))
                .hasValue("Its input, the processed releases, is gone "
                        + "(the job's temporary data was deleted). Restart from an earlier task.");
    }

    @Test
    void anInputNeverMadeIsRefusedWithoutBlamingDeletedTemporaryData() {
        assertThat(inputs.missingFor(job, TaskType.PROCESS))
                .hasValue("Its input, the collected files, doesn't exist. Restart from an earlier task.");
    }

    /** The jobs the list shows for "Temporary data deleted" = Yes (true) or No (false). */
    private List<Long> ids(boolean temporaryDataDeleted) {
        JobFilter filter = new JobFilter();
        filter.setWiped(temporaryDataDeleted);
        return search.find(filter, 0, 100).stream().map(row -> row.job().id()).toList();
    }
}
