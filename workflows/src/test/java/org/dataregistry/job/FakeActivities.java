package org.dataregistry.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.temporal.activity.Activity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dataregistry.collect.CollectActivities;
import org.dataregistry.collect.CrawlProgress;
import org.dataregistry.collect.CrawlRequest;
import org.dataregistry.collect.CrawlResult;
import org.dataregistry.collect.CrawlWipeRequest;
import org.dataregistry.collect.CrawlWipeResult;
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
import org.dataregistry.process.PublicationMetadata;
import org.dataregistry.pull.JobCounts;
import org.dataregistry.pull.PullActivities;
import org.dataregistry.pull.PullRequest;
import org.dataregistry.pull.PullResult;

/**
 * Every activity of a job, faked: each call is written to {@link #calls} in a readable form ("start collect",
 * "download", "wipe process"...), and each fake's answer can be replaced to script failures.
 */
final class FakeActivities {

    static final long JOB = 7;

    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    /** The task queue each call ran on, by call. */
    final Map<String, String> taskQueues = new ConcurrentHashMap<>();

    final CountDownLatch crawlPolled = new CountDownLatch(1);

    JobPlan plan = plan(Backend.BUILT_IN, false);
    Runnable onBegin = () -> {};
    Supplier<DownloadResult> onDownload = () -> new DownloadResult(
            JOB,
            2,
            List.of("0001.json", "0002.json"),
            2048,
            "https://example.com/ocds.json",
            "https://example.com/ocds.json?page=2");
    Supplier<CrawlResult> onAwaitCrawl = () -> new CrawlResult(JOB, "456", "2024-01-15 10:00:00", 0.0, null, 0);
    Supplier<ProcessResult> onProcess = () -> new ProcessResult(6, 2, 0, metadata(), null, null);
    Supplier<ProcessResult> onAwaitCollection = () -> new ProcessResult(6, 2, 0, metadata(), 457L, null);
    Runnable onPullWipe = () -> {};
    Function<FlattenRequest, FlattenResult> onFlatten = request -> {
        String stem = request.fileName().replace(".jsonl.gz", "");
        return new FlattenResult(stem + ".csv.tar.gz", stem + ".xlsx", null);
    };
    Supplier<ExportResult> onExport = () -> new ExportResult(
            List.of(new ExportedFile("full.jsonl.gz", 2, 500), new ExportedFile("2020.jsonl.gz", 2, 400)));

    static JobPlan plan(Backend backend, boolean keepAllData) {
        return new JobPlan(
                JOB,
                3,
                backend,
                "portugal",
                "https://example.com/ocds.json",
                keepAllData,
                KingfisherContext.NONE,
                List.of());
    }

    static PublicationMetadata metadata() {
        return new PublicationMetadata("2020-01-01", "2020-12-31", "ocds-213czf", "", "");
    }

    Object[] all() {
        return new Object[] {
            new Bookkeeping(),
            new Download(),
            new Scrapyd(),
            new Process(),
            new KingfisherProcess(),
            new Pull(),
            new Exporter(),
            new Flattener()
        };
    }

    private void call(String what) {
        calls.add(what);
        taskQueues.put(what, Activity.getExecutionContext().getInfo().getActivityTaskQueue());
    }

    final class Bookkeeping implements JobBookkeepingActivities {
        @Override
        public JobPlan begin(JobStart start) {
            call("begin " + start.firstTask().value());
            onBegin.run();
            return plan;
        }

        @Override
        public void taskStarted(TaskRef task) {
            call("start " + task.task().value());
        }

        @Override
        public void taskEnded(TaskEnd end) {
            call("end " + end.task().value() + (end.succeeded() ? " OK" : " FAILED: " + end.failureReason()));
        }

        @Override
        public void recordContext(JobContextUpdate update) {
            call("context "
                    + new ObjectMapper()
                            .convertValue(update.context(), Map.class).keySet().stream()
                                    .sorted()
                                    .toList());
        }

        @Override
        public void recordMetadata(JobMetadataUpdate update) {
            call("metadata");
        }

        @Override
        public void recordCoverage(JobCoverageUpdate update) {
            call("coverage");
        }

        @Override
        public void succeed(long jobId) {
            call("succeed");
        }

        @Override
        public void cancelled(long jobId) {
            call("cancelled");
        }

        @Override
        public void wiped(long jobId) {
            call("wiped");
        }
    }

    final class Download implements CollectActivities {
        @Override
        public DownloadResult download(DownloadRequest request) {
            call("download");
            return onDownload.get();
        }

        @Override
        public void wipe(long jobId) {
            call("wipe download");
        }
    }

    final class Scrapyd implements ScrapydActivities {
        @Override
        public ScheduledCrawl schedule(CrawlRequest request) {
            call("schedule crawl");
            return new ScheduledCrawl(JOB, request.spider(), request.scrapydJobId(), "http://scrapyd/logs/x.log");
        }

        @Override
        public CrawlResult awaitCrawl(ScheduledCrawl crawl) {
            call("await crawl");
            crawlPolled.countDown();
            return onAwaitCrawl.get();
        }

        @Override
        public CrawlProgress readProgress(ScheduledCrawl crawl) {
            return new CrawlProgress(JOB, null, null);
        }

        @Override
        public void cancel(ScheduledCrawl crawl) {
            call("cancel crawl");
        }

        @Override
        public CrawlWipeResult wipe(CrawlWipeRequest request) {
            call("wipe crawl");
            return null;
        }
    }

    final class Process implements ProcessActivities {
        @Override
        public ProcessResult process(ProcessRequest request) {
            call("process");
            return onProcess.get();
        }

        @Override
        public void wipe(long jobId) {
            call("wipe process");
        }
    }

    final class KingfisherProcess implements KingfisherProcessActivities {
        @Override
        public ProcessResult awaitCollection(KingfisherProcessRequest request) {
            call("await collection " + request.processId());
            return onAwaitCollection.get();
        }

        @Override
        public void wipe(KingfisherProcessRequest request) {
            call("wipe collection " + request.processId());
        }
    }

    final class Pull implements PullActivities {
        @Override
        public PullResult pull(PullRequest request) {
            call("pull"
                    + (request.kingfisherCompiledCollectionId() == null
                            ? ""
                            : " from collection " + request.kingfisherCompiledCollectionId()));
            return new PullResult(
                    2,
                    2,
                    Map.of("/ocid", 2L),
                    new JobCounts(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                    "2020-01-01",
                    "2020-12-31");
        }

        @Override
        public void wipe(long jobId) {
            call("wipe pull");
            onPullWipe.run();
        }
    }

    final class Exporter implements ExporterActivities {
        @Override
        public ExportResult export(long jobId) {
            call("export");
            return onExport.get();
        }

        @Override
        public void wipe(long jobId) {
            call("wipe export");
        }
    }

    final class Flattener implements FlattenerActivities {
        @Override
        public FlattenResult flatten(FlattenRequest request) {
            call("flatten " + request.fileName());
            return onFlatten.apply(request);
        }
    }
}
