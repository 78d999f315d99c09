package org.dataregistry.job;

// Workflow code is replayed by Temporal and must be deterministic: no wall clock, randomness, threads, I/O,
// Spring or LoggerFactory here. Use Workflow.* (time, UUIDs, sleep, logging) and do side effects in activities.
// Changing the order of commands of a released workflow needs Workflow.getVersion.

import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataregistry.collect.CollectActivities;
import org.dataregistry.collect.CrawlRequest;
import org.dataregistry.collect.CrawlResult;
import org.dataregistry.collect.DownloadRequest;
import org.dataregistry.collect.DownloadResult;
import org.dataregistry.collect.ScheduledCrawl;
import org.dataregistry.collect.ScrapydActivities;
import org.dataregistry.export.ExportResult;
import org.dataregistry.export.ExportedFile;
import org.dataregistry.export.ExporterActivities;
import org.dataregistry.flatten.FlattenRequest;
import org.dataregistry.flatten.FlattenResult;
import org.dataregistry.flatten.FlattenerActivities;
import org.dataregistry.process.KingfisherProcessActivities;
import org.dataregistry.process.KingfisherProcessRequest;
import org.dataregistry.process.ProcessActivities;
import org.dataregistry.process.ProcessRequest;
import org.dataregistry.process.ProcessResult;
import org.dataregistry.pull.PullActivities;
import org.dataregistry.pull.PullRequest;
import org.dataregistry.pull.PullResult;
import org.dataregistry.task.TaskOptions;
import org.dataregistry.task.TaskQueues;
import org.dataregistry.task.TaskType;
import org.slf4j.Logger;

public class JobWorkflowImpl implements JobWorkflow {

    /**
     * Version 1: a cancelled task's activity is waited for until it has stopped and cleaned up, before the job's
     * temporary data is wiped; a flattener activity's failure cancels and awaits the other files' activities.
     * Before it, the workflow went on at once (and wiped files the activity was still writing).
     */
    static final String WAITS_FOR_CANCELLED_TASKS = "waits-for-cancelled-tasks";

    /**
     * Version 1: the long tasks' activities (download, process, pull, exporter, flattener) run on the bulk task
     * queue ({@link TaskQueues#bulkOf}), whose workers run only a few at a time. Before it, they ran on the
     * workflow's own queue, where jobs started before the change keep scheduling them.
     */
    static final String BULK_TASK_QUEUE = "bulk-task-queue";

    private static final Logger log = Workflow.getLogger(JobWorkflowImpl.class);

    private final JobBookkeepingActivities bookkeeping = stub(JobBookkeepingActivities.class, TaskOptions.BOOKKEEPING);
    private final ScrapydActivities scrapyd = stub(ScrapydActivities.class, TaskOptions.SCRAPYD_CALL);
    private final ScrapydActivities crawls = stub(ScrapydActivities.class, TaskOptions.EXTERNAL_POLL);
    private final KingfisherProcessActivities kingfisherProcess =
            stub(KingfisherProcessActivities.class, TaskOptions.EXTERNAL_POLL);
    private final TemporaryData temporaryData = new TemporaryData();

    private boolean waitsForCancelledTasks;
    /** The task queue of the long tasks' activities, or {@code null} for the workflow's own. */
    private String bulkQueue;

    private CollectActivities collect;
    private ProcessActivities process;
    private PullActivities pull;
    private ExporterActivities exporter;
    private FlattenerActivities flattener;
    private long jobId;
    private JobPlan plan;
    private KingfisherContext kingfisher;
    private ScheduledCrawl crawl;
    private List<String> exportedFiles;
    private TaskType current;

    @Override
    public JobOutcome run(JobStart start) {
        waitsForCancelledTasks = Workflow.getVersion(WAITS_FOR_CANCELLED_TASKS, Workflow.DEFAULT_VERSION, 1) >= 1;
        bulkQueue = Workflow.getVersion(BULK_TASK_QUEUE, Workflow.DEFAULT_VERSION, 1) >= 1
                ? TaskQueues.bulkOf(Workflow.getInfo().getTaskQueue())
                : null;
        collect = longTask(CollectActivities.class, TaskOptions.DOWNLOAD);
        process = longTask(ProcessActivities.class, TaskOptions.BULK_DATA);
        pull = longTask(PullActivities.class, TaskOptions.BULK_DATA);
        exporter = longTask(ExporterActivities.class, TaskOptions.BULK_DATA);
        flattener = longTask(FlattenerActivities.class, TaskOptions.FLATTEN);
        jobId = start.jobId();
        try {
            plan = bookkeeping.begin(start);
            kingfisher = plan.kingfisher();
            exportedFiles = plan.exportedFiles();
            for (TaskType task : start.firstTask().andAfter()) {
                current = task;
                TaskRef ref = new TaskRef(plan.jobId(), task);
                bookkeeping.taskStarted(ref);
                TaskEnd end = perform(ref);
                bookkeeping.taskEnded(end);
                if (!end.succeeded()) {
                    return unsuccessful(task, end.failureReason());
                }
            }
            bookkeeping.succeed(plan.jobId());
            temporaryData.wipe(plan, kingfisher);
            return JobOutcome.succeeded();
        } catch (ActivityFailure failure) {
            if (failure.getCause() instanceof CanceledFailure cancelled) {
                throw cleanUpAfter(cancelled);
            }
            if (current == null) {
                throw failure; // the job couldn't begin (it no longer exists): nothing ran, nothing to record
            }
            String reason = ActivityFailures.reasonOf(failure);
            bookkeeping.taskEnded(TaskEnd.failed(new TaskRef(plan.jobId(), current), reason));
            return unsuccessful(current, reason);
        } catch (CanceledFailure cancelled) {
            throw cleanUpAfter(cancelled);
        }
    }

    private TaskEnd perform(TaskRef ref) {
        return switch (ref.task()) {
            case COLLECT -> plan.backend() == Backend.BUILT_IN ? download(ref) : crawl(ref);
            case PROCESS -> plan.backend() == Backend.BUILT_IN ? processBuiltIn(ref) : processInKingfisher(ref);
            case PULL -> pull(ref);
            case EXPORTER -> export(ref);
            case FLATTENER -> flatten(ref);
        };
    }

    private TaskEnd download(TaskRef ref) {
        DownloadResult result = collect.download(new DownloadRequest(ref.jobId(), plan.sourceUrl()));
        return TaskEnd.succeeded(
                ref, JobContext.downloaded(result.resolvedSourceUrl(), result.pages(), result.bytes()));
    }

    private TaskEnd crawl(TaskRef ref) {
        String scrapydJobId = Workflow.randomUUID().toString().replace("-", "");
        crawl = scrapyd.schedule(new CrawlRequest(ref.jobId(), plan.sourceId(), scrapydJobId));
        kingfisher = kingfisher.withCrawl(crawl.spider(), crawl.scrapydJobId(), crawl.logUrl());
        bookkeeping.recordContext(new JobContextUpdate(
                ref.jobId(), JobContext.crawlScheduled(crawl.spider(), crawl.scrapydJobId(), crawl.logUrl())));
        CrawlResult result = crawls.awaitCrawl(crawl);
        kingfisher = kingfisher.withCollection(result.processId(), result.dataVersion());
        return new TaskEnd(
                ref.jobId(),
                ref.task(),
                result.failureReason(),
                JobContext.crawled(result.processId(), result.dataVersion(), result.errorRate()));
    }

    private TaskEnd processBuiltIn(TaskRef ref) {
        ProcessResult result = process.process(new ProcessRequest(ref.jobId()));
        bookkeeping.recordMetadata(new JobMetadataUpdate(ref.jobId(), result.metadata()));
        return new TaskEnd(
                ref.jobId(),
                ref.task(),
                result.failureReason(),
                JobContext.processed(result.releases(), result.compiledReleases()));
    }

    private TaskEnd processInKingfisher(TaskRef ref) {
        ProcessResult result =
                kingfisherProcess.awaitCollection(new KingfisherProcessRequest(ref.jobId(), kingfisher.processId()));
        kingfisher = kingfisher.withCompiledCollection(result.compiledCollectionId());
        bookkeeping.recordMetadata(new JobMetadataUpdate(ref.jobId(), result.metadata()));
        return new TaskEnd(
                ref.jobId(),
                ref.task(),
                result.failureReason(),
                JobContext.compiledCollection(result.compiledCollectionId()));
    }

    private TaskEnd pull(TaskRef ref) {
        Long compiledCollection = plan.backend() == Backend.KINGFISHER ? kingfisher.compiledCollectionId() : null;
        PullResult result = pull.pull(new PullRequest(ref.jobId(), compiledCollection));
        bookkeeping.recordCoverage(new JobCoverageUpdate(ref.jobId(), result));
        return TaskEnd.succeeded(ref, JobContext.pulled(result.compiledReleases()));
    }

    /** Records the files written and the compiled releases in each, which the public page charts by year. */
    private TaskEnd export(TaskRef ref) {
        ExportResult result = exporter.export(ref.jobId());
        exportedFiles = result.files().stream().map(ExportedFile::name).toList();
        Map<String, Long> releases = new LinkedHashMap<>();
        result.files().forEach(file -> releases.put(file.name(), file.lines()));
        return TaskEnd.succeeded(ref, JobContext.exported(exportedFiles, releases));
    }

    /**
     * One activity per exported file, all at once: the files flatten in parallel on the available workers. When
     * one fails (or the job is cancelled), the others are cancelled and awaited, so that none still runs once the
     * task has ended.
     */
    private TaskEnd flatten(TaskRef ref) {
        List<Promise<FlattenResult>> results = new ArrayList<>();
        CancellationScope files = Workflow.newCancellationScope(() -> {
            for (String file : exportedFiles) {
                results.add(Async.function(flattener::flatten, new FlattenRequest(ref.jobId(), file)));
            }
        });
        files.run();
        try {
            Promise.allOf(results).get();
        } catch (ActivityFailure | CanceledFailure failure) {
            if (waitsForCancelledTasks) {
                files.cancel();
                results.forEach(JobWorkflowImpl::awaitEnd);
            }
            throw failure;
        }
        Map<String, String> excelSkipped = new LinkedHashMap<>();
        for (Promise<FlattenResult> result : results) {
            FlattenResult flattened = result.get();
            if (flattened.xlsxSkippedReason() != null) {
                excelSkipped.put(flattened.csv(), flattened.xlsxSkippedReason());
            }
        }
        return TaskEnd.succeeded(ref, JobContext.flattened(excelSkipped));
    }

    private JobOutcome unsuccessful(TaskType task, String reason) {
        temporaryData.wipe(plan, kingfisher);
        return JobOutcome.failed(task, reason);
    }

    /**
     * After a cancel: log what was cancelled (the worker logs how far a running attempt got: {@code TaskAttempts}),
     * stop the crawl if one runs, mark the job's tasks CANCELLED and wipe the temporary data (once the job began), in
     * a detached scope (the workflow's own scope is cancelled, so nothing would run in it). A long task's activity has
     * stopped and cleaned up by now (it is awaited), so the wipe doesn't pull files from under it.
     */
    private CanceledFailure cleanUpAfter(CanceledFailure cancelled) {
        log.info("Job {}: cancelled during {}", jobId, current == null ? "its start" : current.value());
        Workflow.newDetachedCancellationScope(() -> {
                    if (crawl != null && current == TaskType.COLLECT) {
                        scrapyd.cancel(crawl);
                    }
                    bookkeeping.cancelled(jobId);
                    if (plan != null) {
                        temporaryData.wipe(plan, kingfisher);
                    }
                })
                .run();
        return cancelled;
    }

    private static void awaitEnd(Promise<?> result) {
        try {
            result.get();
        } catch (ActivityFailure | CanceledFailure ended) {
            // Cancelled or failed: either way it no longer runs.
        }
    }

    /** A stub of a long task's activities, which are waited for when cancelled, from version 1 on. */
    private <T> T longTask(Class<T> activities, ActivityOptions options) {
        ActivityOptions.Builder versioned = ActivityOptions.newBuilder(options);
        if (!waitsForCancelledTasks) {
            versioned.setCancellationType(ActivityCancellationType.TRY_CANCEL);
        }
        if (bulkQueue != null) {
            versioned.setTaskQueue(bulkQueue);
        }
        return stub(activities, versioned.build());
    }

    private static <T> T stub(Class<T> activities, ActivityOptions options) {
        return Workflow.newActivityStub(activities, options);
    }
}
