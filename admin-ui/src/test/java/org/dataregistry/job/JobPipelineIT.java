package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.dataregistry.AppTest;
import org.dataregistry.publication.Collector;
import org.dataregistry.publication.Publication;
import org.dataregistry.publication.PublicationRepository;
import org.dataregistry.publication.RetrievalFrequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Whole jobs on the real pipeline: built-in download from the app's own demo source, processing, pull, export and
 * flattening, as an operator's "run now" starts them.
 */
@AppTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Timeout(300)
class JobPipelineIT {

    @LocalServerPort
    int port;
    @Autowired
    JobControl control;
    @Autowired
    PublicationRepository publications;
    @Autowired
    JobFiles files;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(roles = {"VIEWER", "OPERATOR"})
    void aJobRunsEndToEndAndPublishesItsDownloads() throws Exception {
        long publication = demoPublication();

        long job = control.runNow(publication);
        JobWatch.of(jdbc).awaitCompleted(job, Duration.ofMinutes(3));

        assertThat(JobWatch.of(jdbc).taskResults(job)).containsExactly(
                Map.entry("collect", "OK"), Map.entry("process", "OK"), Map.entry("pull", "OK"),
                Map.entry("exporter", "OK"), Map.entry("flattener", "OK"));
        Path exports = files.exportDir(job);
        assertThat(exports.resolve("full.jsonl.gz")).isRegularFile();
        assertThat(exports.resolve("full.csv.tar.gz")).isRegularFile();
        assertThat(exports.resolve("full.xlsx")).isRegularFile();
        assertThat(jdbc.sql("SELECT active_job_id FROM publication WHERE id = :p").param("p", publication)
                .query(Long.class).single()).isEqualTo(job);
        assertThat(jdbc.sql("SELECT archived FROM job WHERE id = :job").param("job", job)
                .query(Boolean.class).single()).as("temporary data deleted").isTrue();
        assertThat(files.temporaryDir(job)).doesNotExist();
        assertThat(jdbc.sql("SELECT (coverage ->> '/ocid')::int FROM job WHERE id = :job").param("job", job)
                .query(Integer.class).single()).isEqualTo(3);
    }

    private long demoPublication() {
        Publication publication = new Publication();
        publication.setTitle("Demo pages");
        publication.setSourceId("demo_pages");
        publication.setCollector(Collector.HTTP);
        publication.setSourceUrl("http://localhost:" + port + "/demo/ocds/01.json");
        publication.setRetrievalFrequency(RetrievalFrequency.MONTHLY);
        return publications.save(publication).getId();
    }

    static List<String> exportNames(Path directory) throws java.io.IOException {
        try (var names = Files.list(directory)) {
            return names.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
