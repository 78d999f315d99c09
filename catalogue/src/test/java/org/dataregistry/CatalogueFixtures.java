package org.dataregistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.dataregistry.job.JobFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publications, active jobs and export files as the admin UI and the jobs leave them, written straight to the
 * database and the data directory.
 */
@Component
public class CatalogueFixtures {

    /** When fixture jobs ended. */
    public static final Instant JOB_END = Instant.parse("2026-11-02T10:00:00Z");

    private final JdbcClient jdbc;
    private final JobFiles files;

    CatalogueFixtures(JdbcClient jdbc, JobFiles files) {
        this.jdbc = jdbc;
        this.files = files;
        // Each test context has a new database whose job ids start at 1 again: files of an earlier one must go.
        JobFiles.deleteRecursively(files.exportDir(0).getParent());
    }

    /**
     * A publication with these columns (e.g. {@code "country_en", "Mexico", "public", true}); the source ID and
     * anything not given take the table's defaults. Not public unless said.
     */
    public long publication(String title, Object... columns) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("source_id", "spider_" + Math.abs(title.hashCode()));
        values.putAll(pairs(columns));
        String names = values.keySet().stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
        String params = values.keySet().stream().map(name -> ":" + name).collect(Collectors.joining(", "));
        JdbcClient.StatementSpec insert =
                jdbc.sql("INSERT INTO publication (" + names + ") VALUES (" + params + ") RETURNING id");
        for (Map.Entry<String, Object> value : values.entrySet()) {
            insert = insert.param(value.getKey(), value.getValue());
        }
        return insert.query(Long.class).single();
    }

    /** A public publication with data: its active job has these job columns (e.g. counts, dates, coverage). */
    public long visible(String title, Object... jobColumns) {
        long publication = publication(title, "public", true, "country_en", title + " country");
        activeJob(publication, jobColumns);
        return publication;
    }

    /**
     * A completed job of the publication with these columns (e.g. {@code "awards_count", 3} or
     * {@code "coverage", "{\"\": 2}"} for jsonb), made its active job.
     */
    public long activeJob(long publication, Object... columns) {
        long job = completedJob(publication, columns);
        jdbc.sql("UPDATE publication SET active_job_id = :job, last_retrieved = DATE '2026-11-01' WHERE id = :p")
                .param("job", job)
                .param("p", publication)
                .update();
        return job;
    }

    /** A completed job of the publication with these columns, not made active. */
    public long completedJob(long publication, Object... columns) {
        long job = jdbc.sql("""
                        INSERT INTO job (publication_id, status, start, "end")
                        VALUES (:p, 'COMPLETED', :start, :end) RETURNING id
                        """)
                .param("p", publication)
                .param("start", Timestamp.from(JOB_END.minusSeconds(3600)))
                .param("end", Timestamp.from(JOB_END))
                .query(Long.class)
                .single();
        Map<String, Object> values = pairs(columns);
        for (Map.Entry<String, Object> value : values.entrySet()) {
            boolean json = value.getKey().equals("coverage") || value.getKey().equals("context");
            jdbc.sql("UPDATE job SET \"" + value.getKey() + "\" = " + (json ? "CAST(:v AS jsonb)" : ":v")
                            + " WHERE id = :job")
                    .param("v", value.getValue())
                    .param("job", job)
                    .update();
        }
        return job;
    }

    /** Sets columns of a publication, e.g. {@code "public", false}. */
    public void update(long publication, Object... columns) {
        pairs(columns)
                .forEach((name, value) -> jdbc.sql("UPDATE publication SET \"" + name + "\" = :v WHERE id = :p")
                        .param("v", value)
                        .param("p", publication)
                        .update());
    }

    /** Writes an export file of the job (e.g. {@code full.jsonl.gz}) with these bytes. */
    public Path exportFile(long job, String name, byte[] content) {
        try {
            Path directory = Files.createDirectories(files.exportDir(job));
            return Files.write(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an export file of the job with {@code size} bytes of a repeating pattern. */
    public Path exportFile(long job, String name, int size) {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) (i % 251);
        }
        return exportFile(job, name, content);
    }

    private static Map<String, Object> pairs(Object... columns) {
        if (columns.length % 2 != 0) {
            throw new IllegalArgumentException("Columns come in name, value pairs");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i += 2) {
            values.put((String) columns[i], columns[i + 1]);
        }
        return values;
    }
}
