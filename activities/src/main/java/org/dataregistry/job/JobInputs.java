package org.dataregistry.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.dataregistry.task.TaskType;
import org.springframework.stereotype.Component;

/**
 * Whether a job can be restarted from a task: the inputs that task reads must still exist. Temporary data is
 * wiped after a job unless it preserves it, so restarting a finished job usually means the exporter or flattener
 * (which read the staging file and the exports) or collecting again.
 */
@Component
public class JobInputs {

    private final JobPlans plans;
    private final Jobs jobs;
    private final JobFiles files;

    public JobInputs(JobPlans plans, Jobs jobs, JobFiles files) {
        this.plans = plans;
        this.jobs = jobs;
        this.files = files;
    }

    /** Why the job can't restart from {@code task}; empty when it can. */
    public Optional<String> missingFor(long jobId, TaskType task) {
        Jobs.JobState state = jobs.state(jobId).orElse(null);
        if (state == null) {
            return Optional.of("The job no longer exists.");
        }
        JobPlan plan = plans.of(jobId);
        boolean wiped = state.archived();
        return switch (task) {
            case COLLECT -> Optional.empty();
            case PROCESS -> plan.backend() == Backend.BUILT_IN
                    ? missingUnless(!wiped && hasFiles(files.collectDir(jobId)), "the collected files")
                    : missingUnless(!wiped && plan.kingfisher().processId() != null,
                            "the crawl's Kingfisher Process collection");
            case PULL -> plan.backend() == Backend.BUILT_IN
                    ? missingUnless(!wiped, "the processed releases")
                    : missingUnless(!wiped && plan.kingfisher().compiledCollectionId() != null,
                            "the compiled collection in Kingfisher Process");
            case EXPORTER -> missingUnless(Files.isRegularFile(files.stagingFile(jobId)), "the pulled compiled releases");
            case FLATTENER -> missingUnless(!plan.exportedFiles().isEmpty() && plan.exportedFiles().stream()
                    .allMatch(name -> Files.isRegularFile(files.exportDir(jobId).resolve(name))), "the exported files");
        };
    }

    private static Optional<String> missingUnless(boolean present, String input) {
        return present ? Optional.empty() : Optional.of("Its input, " + input
                + ", is gone (the job's temporary data was deleted). Restart from an earlier task.");
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
