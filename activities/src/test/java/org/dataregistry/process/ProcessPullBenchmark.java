package org.dataregistry.process;

import com.zaxxer.hikari.HikariDataSource;
import io.temporal.testing.TestActivityEnvironment;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.dataregistry.collect.DownloadProperties;
import org.dataregistry.database.EmbeddedDatabase;
import org.dataregistry.job.FilesProperties;
import org.dataregistry.job.JobFiles;
import org.dataregistry.job.TaskNotes;
import org.dataregistry.pull.KingfisherProcessDatabase;
import org.dataregistry.pull.PullActivities;
import org.dataregistry.pull.PullActivitiesImpl;
import org.dataregistry.pull.PullProperties;
import org.dataregistry.pull.PullRequest;
import org.dataregistry.pull.PullResult;
import org.flywaydb.core.Flyway;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast the built-in processor and the pull go on N synthetic releases ({@code bench generate}: N/3 OCIDs, not
 * sorted), one JSON Lines .gz file collected; the embedded PostgreSQL holds the job and its notes. Run with
 * {@code bench/process-pull [N]}, which generates the file: {@code ProcessPullBenchmark N FILE}.
 */
public final class ProcessPullBenchmark {

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[0]);
        Path publication = Path.of(args[1]);
        Path root = Files.createTempDirectory("process-pull-bench");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(null);
                HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(database.jdbcUrl());
            dataSource.setUsername("postgres");
            Flyway.configure().dataSource(dataSource).load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            long job = new TestJobRows(jdbc).job();
            JobFiles files = new JobFiles(new FilesProperties(root));
            Files.createDirectories(files.collectDir(job));
            Files.copy(publication, files.collectDir(job).resolve("releases.jsonl.gz"));

            ProcessActivitiesImpl process = new ProcessActivitiesImpl(
                    files,
                    new TaskNotes(jdbc, new NamedParameterJdbcTemplate(dataSource)),
                    Clock.systemUTC(),
                    SourceLimits.defaults(),
                    new Binder(new MapConfigurationPropertySource())
                            .bindOrCreate("data-registry.download", DownloadProperties.class));
            PullActivitiesImpl pull = new PullActivitiesImpl(
                    files,
                    new KingfisherProcessDatabase(new KingfisherProcessProperties(null, null)),
                    new PullProperties(10_000),
                    Clock.systemUTC());

            TestActivityEnvironment environment = TestActivityEnvironment.newInstance();
            try {
                ProcessActivities processing = ActivityTesting.stub(environment, ProcessActivities.class, process);
                PullActivities pulling = ActivityTesting.stub(environment, PullActivities.class, pull);
                System.out.printf(
                        "N=%,d releases, %d cores, max heap %d MiB%n",
                        size,
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20);
                ProcessResult processed = time("process", size, () -> processing.process(new ProcessRequest(job)));
                System.out.printf(
                        "  %,d releases read, %,d compiled releases, %d notes%n",
                        processed.releases(), processed.compiledReleases(), processed.notes());
                PullResult pulled =
                        time("pull", processed.compiledReleases(), () -> pulling.pull(PullRequest.builtIn(job)));
                System.out.printf(
                        "  %,d lines, %,d bytes gzipped, %d coverage paths%n",
                        pulled.compiledReleases(),
                        Files.size(files.stagingFile(job)),
                        pulled.coverage().size());
                time("wipe", processed.releases(), () -> {
                    processing.wipe(job);
                    return null;
                });
                System.out.printf("peak heap used: %d MiB%n", peakHeap() >> 20);
            } finally {
                environment.close();
            }
        } finally {
            JobFiles.deleteRecursively(root);
        }
        // Timers of the Temporal test environment would keep the JVM running.
        System.exit(0);
    }

    private static <T> T time(String stage, long items, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-8s %8.1f s %10.0f items/s%n", stage, seconds, items / seconds);
        return result;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
