package org.dataregistry.pull;

import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.dataregistry.job.JobFiles;
import org.dataregistry.ocds.StagedFile;
import org.dataregistry.ocds.coverage.CoverageCounter;
import org.dataregistry.ocds.coverage.CoverageCounts;
import org.dataregistry.ocds.coverage.CoverageReport;
import org.dataregistry.ocds.parallel.OrderedParallel;
import org.dataregistry.process.DatePart;
import org.dataregistry.task.FailureTypes;
import org.dataregistry.task.TaskHeartbeat;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

@Component
@EnableConfigurationProperties(PullProperties.class)
public class PullActivitiesImpl implements PullActivities {

    /** The heartbeat's unit when pulling from Kingfisher Process. */
    static final String RELEASES_WRITTEN = "compiled releases written";
    /** The heartbeat's unit when counting the built-in process task's compiled file. */
    static final String RELEASES_COUNTED = "compiled releases counted";

    private final JobFiles files;
    private final KingfisherProcessDatabase kingfisherProcess;
    private final PullProperties properties;
    private final Clock clock;

    public PullActivitiesImpl(
            JobFiles files, KingfisherProcessDatabase kingfisherProcess, PullProperties properties, Clock clock) {
        this.files = files;
        this.kingfisherProcess = kingfisherProcess;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public PullResult pull(PullRequest request) {
        Long collection = request.kingfisherCompiledCollectionId();
        return collection == null ? countCompiledFile(request.jobId()) : pullFromKingfisherProcess(request, collection);
    }

    /**
     * The built-in backend's compiled file is the exporter's input as it is: the pull only counts it, on a worker per
     * core. A staging file left by an earlier pull from Kingfisher Process would shadow it, so it goes.
     */
    private PullResult countCompiledFile(long jobId) {
        Path compiled = files.compiledFile(jobId);
        if (!Files.isRegularFile(compiled)) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "The compiled releases are gone: " + compiled + " doesn't exist. Process the data again.",
                    FailureTypes.INPUT_MISSING);
        }
        wipe(jobId);
        try (TaskHeartbeat heartbeat = TaskHeartbeat.start(RELEASES_COUNTED)) {
            CoverageReport report = CoverageCounter.countAll(
                    compiled, LocalDate.now(clock), OrderedParallel.defaultThreads(), heartbeat::done);
            if (report.lines() == 0) {
                throw ApplicationFailure.newNonRetryableFailure(
                        "No compiled release to pull: processing compiled none", FailureTypes.NOTHING_COLLECTED);
            }
            return result(report);
        }
    }

    private PullResult pullFromKingfisherProcess(PullRequest request, long collection) {
        KeysetPages compiled = new KeysetPages(
                kingfisherProcess.dataSource(), KeysetPages.KINGFISHER_PROCESS, collection, properties.pageSize());
        try (TaskHeartbeat heartbeat = TaskHeartbeat.start(RELEASES_WRITTEN);
                StagingFileWriter staging =
                        StagingFileWriter.open(files.stagingFile(request.jobId()), LocalDate.now(clock))) {
            compiled.forEachUtf8(line -> {
                staging.write(line);
                heartbeat.done(staging.lines());
            });
            if (staging.lines() == 0) {
                throw ApplicationFailure.newNonRetryableFailure(
                        "No compiled release to pull: Kingfisher Process's compiled collection " + collection
                                + " is empty",
                        FailureTypes.NOTHING_COLLECTED);
            }
            return result(staging.commit());
        }
    }

    @Override
    public void wipe(long jobId) {
        Path staging = files.stagingFile(jobId);
        try {
            Files.deleteIfExists(staging);
            Files.deleteIfExists(StagedFile.temporaryOf(staging));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + staging, e);
        }
    }

    private static PullResult result(CoverageReport report) {
        CoverageCounts counts = report.counts();
        return new PullResult(
                report.lines(),
                report.ocidCount(),
                report.coverage(),
                new JobCounts(
                        counts.tenders(),
                        counts.tenderers(),
                        counts.tendersItems(),
                        counts.parties(),
                        counts.awards(),
                        counts.awardsItems(),
                        counts.awardsSuppliers(),
                        counts.contracts(),
                        counts.contractsItems(),
                        counts.contractsTransactions(),
                        counts.documents(),
                        counts.plannings(),
                        counts.milestones(),
                        counts.amendments()),
                DatePart.of(report.dateFrom()),
                DatePart.of(report.dateTo()));
    }
}
