package org.dataregistry.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.dataregistry.task.TaskType;
import org.springframework.stereotype.Component;

/**
 * Whether a job can be restarted from a task: the inputs that task reads must still exist. Temporary data is
 * wiped after a job unless it preserves it; the exports stay. So a completed job can always collect again, and rerun
 * its exporter (from the staging file, or once that is wiped from its own {@code full.jsonl.gz}) and flattener (from
 * the exported files) while its exports exist; process and pull need the temporary data. Whether that was deleted is
 * the job's {@code archived} column (the original's name for "wiped"), the same the jobs list shows and filters on
 * as "Temporary data deleted".
 */
@Component
public class JobInputs {

    /**
     * How much earlier than the pull's end an export written after it may look: file times come from a coarse
     * clock (a few milliseconds), and another instance's clock on shared storage. A stale export predates the pull
     * by at least a collect, a process and a pull.
     */
    private static final Duration CLOCK_GRACE = Duration.ofSeconds(1);

    private final JobPlans plans;
    private final JobStore jobs;
    private final JobFiles files;

    public JobInputs(JobPlans plans, JobStore jobs, JobFiles files) {
        this.plans = plans;
        this.jobs = jobs;
        this.files = files;
    }

    /** Why the job can't restart from {@code task}; empty when it can. */
    public Optional<String> missingFor(long jobId, TaskType task) {
        JobStore.JobState state = jobs.state(jobId).orElse(null);
        if (state == null) {
            return Optional.of("The job no longer exists.");
        }
        JobPlan plan = plans.of(jobId);
        boolean wiped = state.wiped();
        return switch (task) {
            case COLLECT -> Optional.empty();
            case PROCESS ->
                plan.backend() == Backend.BUILT_IN
                        ? temporaryInput(wiped, hasFiles(files.collectDir(jobId)), "the collected files")
                        : temporaryInput(
                                wiped,
                                plan.kingfisher().processId() != null,
                                "the crawl's Kingfisher Process collection");
            case PULL ->
                plan.backend() == Backend.BUILT_IN
                        ? temporaryInput(wiped, true, "the processed releases")
                        : temporaryInput(
                                wiped,
                                plan.kingfisher().compiledCollectionId() != null,
                                "the compiled collection in Kingfisher Process");
            case EXPORTER -> exporterInputMissing(jobId);
            case FLATTENER ->
                !plan.exportedFiles().isEmpty()
                                && plan.exportedFiles().stream()
                                        .allMatch(name -> Files.isRegularFile(
                                                files.exportDir(jobId).resolve(name)))
                        ? Optional.empty()
                        : missing("Its input, the exported files, is gone.");
        };
    }

    /**
     * The exporter reads the staging file, or once it is wiped the job's {@code full.jsonl.gz}; but that holds the
     * pull's releases only if it was written after the pull: a pull whose export failed, wiped since, would have
     * the earlier pull's data published under its counts and coverage.
     */
    private Optional<String> exporterInputMissing(long jobId) {
        Optional<Path> input = files.exporterInput(jobId);
        if (input.isEmpty()) {
            return missing(
                    "Its input is gone: neither the pulled compiled releases nor the job's full.jsonl.gz " + "exist.");
        }
        if (input.get().equals(files.fullExport(jobId))
                && jobs.succeededAt(jobId, TaskType.PULL)
                        .filter(pulled -> modifiedAt(input.get()).isBefore(pulled.minus(CLOCK_GRACE)))
                        .isPresent()) {
            return missing("Its input is gone: the compiled releases of the job's last pull were deleted with its "
                    + "temporary data before they were exported, and its full.jsonl.gz holds an earlier pull's.");
        }
        return Optional.empty();
    }

    private static Instant modifiedAt(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A task reading temporary data can't restart once it is deleted, which is the job's "temporary data deleted"
     * flag and no other test; before, its input may still not exist (the task that makes it didn't run).
     */
    private static Optional<String> temporaryInput(boolean wiped, boolean present, String input) {
        if (wiped) {
            return missing("Its input, " + input + ", is gone (the job's temporary data was deleted).");
        }
        return present ? Optional.empty() : missing("Its input, " + input + ", doesn't exist.");
    }

    private static Optional<String> missing(String why) {
        return Optional.of(why + " Restart from an earlier task.");
    }

    private static boolean hasFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }
}
