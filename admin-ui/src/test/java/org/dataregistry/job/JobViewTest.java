package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import io.temporal.client.WorkflowClient;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dataregistry.AppTest;
import org.dataregistry.audit.AuditAction;
import org.dataregistry.audit.AuditEntry;
import org.dataregistry.audit.AuditFilter;
import org.dataregistry.audit.AuditLog;
import org.dataregistry.audit.FieldChange;
import org.dataregistry.audit.ObjectType;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
class JobViewTest extends SpringBrowserlessTest {

    @Autowired
    JobFixtures fixtures;

    @Autowired
    JobDirectory directory;

    @Autowired
    JobControl control;

    @Autowired
    AuditLog auditLog;

    @Autowired
    WorkflowClient temporal;

    @Autowired
    JobStore jobs;

    long tenders;

    @BeforeEach
    void publication() {
        tenders = fixtures.publication("Tenders", "Portugal");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void showsTheTasksAndWhichOneIsBeingRetried() {
        long job = fixtures.job(tenders, JobStatus.RUNNING, "OK");
        fixtures.retrying(job, TaskType.PROCESS, 3, "Connection refused");

        JobView view = open(job);

        assertThat(taskColumn(view, 0))
                .containsExactly("Collect (1/5)", "Process (2/5)", "Pull (3/5)", "Exporter (4/5)", "Flattener (5/5)");
        assertThat(taskColumn(view, 1))
                .containsExactly("COMPLETED", "RUNNING, retrying", "PLANNED", "PLANNED", "PLANNED");
        assertThat(taskColumn(view, 3)).containsExactly("OK", "", "", "", "");
        assertThat(taskColumn(view, 6)).containsExactly("", "3", "", "", "");
        assertThat(taskColumn(view, 7)).containsExactly("", "Connection refused", "", "", "");
        assertThat(view.management.text("Status")).contains("RUNNING");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aRunningJobsPageShowsWhatChangedAtEachPollAndStopsPollingOnceTheJobCompleted() {
        long job = fixtures.job(tenders, JobStatus.RUNNING, "OK");
        JobView view = open(job);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(Polling.INTERVAL_MS);

        fixtures.task(job, TaskType.PROCESS, "COMPLETED", "OK");
        fixtures.task(job, TaskType.PULL, "RUNNING", "");
        poll();
        assertThat(taskColumn(view, 1)).containsExactly("COMPLETED", "COMPLETED", "RUNNING", "PLANNED", "PLANNED");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(Polling.INTERVAL_MS);

        fixtures.task(job, TaskType.PULL, "COMPLETED", "CANCELLED");
        fixtures.update(job, "status = 'COMPLETED', \"end\" = now()");
        poll();
        assertThat(taskColumn(view, 3)).containsExactly("OK", "OK", "CANCELLED", "", "");
        assertThat(view.management.text("Status")).contains("COMPLETED");
        assertThat(view.actions.cancel.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).as("no more polling").isEqualTo(-1);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aCompletedJobsPageDoesNotPoll() {
        long job = fixtures.succeeded(tenders);

        open(job);

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void leavingARunningJobsPageStopsPolling() {
        long job = fixtures.job(tenders, JobStatus.RUNNING, "OK");
        open(job);

        navigate(org.dataregistry.publication.PublicationListView.class);

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aRunningTasksProgressAndAttemptComeFromItsWorkflowsHeartbeat() throws Exception {
        fixtures.nextJobId(800_001);
        long job = fixtures.job(tenders, JobStatus.RUNNING, "OK", "OK");
        JobView view = open(job);
        assertThat(progressColumn(view)).containsOnly("");

        try (ScriptedJobRun run = ScriptedJobRun.waitingWithProgress(temporal).start(job)) {
            run.awaitProgressReported();
            awaitProgressIn(job, TaskType.PULL);
            poll();

            assertThat(progressColumn(view))
                    .containsExactly("", "", "1,234 of 5,000 compiled releases written · 12.3 MB", "", "");
            assertThat(test(view.tasks)
                            .getCellComponent(2, JobTasks.PROGRESS)
                            .getChildren()
                            .filter(ProgressBar.class::isInstance)
                            .map(ProgressBar.class::cast)
                            .findFirst()
                            .orElseThrow()
                            .getValue())
                    .isEqualTo(1234);
            assertThat(taskColumn(view, 6)).containsExactly("", "", "1", "", "");

            run.release();
            run.awaitCompleted(job);
            fixtures.task(job, TaskType.PULL, "COMPLETED", "OK");
            poll();
            assertThat(progressColumn(view)).containsOnly("");
        }
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void theWorkflowHistoryListsTheRetriedActivityWithItsAttemptAndWhy() throws Exception {
        fixtures.nextJobId(810_001);
        long job = fixtures.job(tenders, JobStatus.RUNNING, "OK", "OK");
        try (ScriptedJobRun run = ScriptedJobRun.failingOnce(temporal).start(job)) {
            run.awaitCompleted(job);
        }
        fixtures.task(job, TaskType.PULL, "COMPLETED", "OK");
        fixtures.update(job, "status = 'COMPLETED', \"end\" = now()");

        JobView view = open(job);

        List<WorkflowEvent> events = rows(view.history.events);
        assertThat(events)
                .extracting(
                        WorkflowEvent::event,
                        WorkflowEvent::activityType,
                        WorkflowEvent::attempt,
                        WorkflowEvent::details)
                .containsExactly(
                        tuple("Workflow started", "", 0, ""),
                        tuple("Timer started", "", 0, "fires after 1 s"),
                        tuple("Timer fired", "", 0, ""),
                        tuple("Activity scheduled", "PullPull", 0, ""),
                        // The in-process server leaves the started event's last failure out; WorkflowEventsTest reads
                        // one.
                        tuple("Activity started", "PullPull", 2, ""),
                        tuple("Activity completed", "PullPull", 2, ""),
                        tuple("Workflow completed", "", 0, ""));
        assertThat(test(view.history.events).getCellText(0, 0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(view.history.summary.getText()).startsWith("The latest run of workflow job-" + job + " (run ");
        assertThat(view.history.details.getSummaryText()).isEqualTo("7 events");
        assertThat(view.history.details.isOpened()).isTrue();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aJobWithoutWorkflowHistorySaysSo() {
        fixtures.nextJobId(820_001);
        long job = fixtures.succeeded(tenders);

        JobView view = open(job);

        assertThat(view.history.summary.getText()).startsWith("No workflow history");
        assertThat(view.history.details.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void groupsEachTasksNotesByLevelAndType() {
        long job = fixtures.job(tenders, JobStatus.COMPLETED, "OK", "OK", "FAILED");
        fixtures.notes(
                job,
                TaskType.COLLECT,
                List.of(
                        new TaskNoteRecord("ERROR", "HTTP 404 for https://example.com/a", Map.of("type", "HTTP 404")),
                        new TaskNoteRecord("ERROR", "HTTP 404 for https://example.com/b", Map.of("type", "HTTP 404"))));
        fixtures.notes(
                job,
                TaskType.PROCESS,
                List.of(
                        new TaskNoteRecord("WARNING", "DuplicateIdValueWarning", Map.of("count", 7, "path", "awards")),
                        new TaskNoteRecord(
                                "WARNING",
                                "RepeatedDateValueWarning",
                                Map.of("count", 3, "date", "2024-01-01T00:00:00Z")),
                        new TaskNoteRecord("WARNING", "Something odd", Map.of())));

        JobView view = open(job);

        assertThat(find(H3.class).from(view.notes).all())
                .extracting(H3::getText)
                .containsExactly("Collect (1/5)", "Process (2/5)");
        assertThat(find(Details.class).from(view.notes).all())
                .extracting(Details::getSummaryText)
                .containsExactly("HTTP 404 (2)", "Uncategorized (1)");
        assertThat(find(Paragraph.class).from(view.notes).all())
                .extracting(Paragraph::getText)
                .contains(
                        "7 merge warnings about objects in the awards array having the same id",
                        "3 merge warnings about releases having the same date. Most frequent dates:");
        assertThat(find(Anchor.class).from(view.notes).all())
                .extracting(Anchor::getHref)
                .containsExactly("https://example.com/a", "https://example.com/b");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void showsTheCountsOverviewContextAndLinks() {
        long job = fixtures.succeeded(tenders);
        fixtures.update(job, """
                parties_count = 1234567, amendments_count = 8, ocid_prefix = 'ocds-abc123', date_from = '2020-01-31',
                context = '{"scrapy_log": "http://scrapyd:6800/logs/kingfisher/portugal/1.log",
                            "collect_error_rate": 0.25, "cancelled_by": "olga", "cancel_reason": "Stuck"}'
                """);

        JobView view = open(job);

        assertThat(find(FieldSet.class).from(view).all())
                .extracting(JobViewTest::shownLegend)
                .containsExactly(
                        "Management", "", "Tasks", "Logs", "Overview", "Data availability", "Workflow history");
        assertThat(view.dataAvailability.text("Parties")).contains("1,234,567");
        assertThat(view.dataAvailability.text("Amendments")).contains("8");
        assertThat(view.dataAvailability.text("Tenders")).contains("0");
        assertThat(view.overview.text("OCID prefix")).contains("ocds-abc123");
        assertThat(view.overview.text("Minimum release date")).contains("2020-01-31");
        assertThat(view.management.text("Cancelled by")).contains("olga: Stuck");
        assertThat(view.management.text("Context").orElseThrow()).contains("collect_error_rate0.25");
        assertThat(find(Anchor.class).from(view.links).all())
                .extracting(Anchor::getText, Anchor::getHref)
                .containsExactly(
                        tuple(
                                "Workflow in the Temporal Web UI",
                                "http://temporal-ui.test:8233/namespaces/default/workflows/job-" + job),
                        tuple("Scrapy log", "http://scrapyd:6800/logs/kingfisher/portugal/1.log"));
    }

    @Test
    @WithMockUser(
            username = "otto",
            roles = {"VIEWER", "OPERATOR"})
    void anOperatorCancelsARunningJobGivingAReason() {
        long job = fixtures.job(tenders, JobStatus.RUNNING, "OK");
        JobView view = open(job);
        assertThat(view.actions.restart.isVisible()).isFalse();

        test(view.actions.cancel).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        test(find(TextArea.class).from(dialog).single()).setValue("The source is down");
        test(dialog).confirm();

        assertThat(fixtures.tasks(job))
                .containsExactly(
                        "COMPLETED OK",
                        "COMPLETED CANCELLED",
                        "COMPLETED CANCELLED",
                        "COMPLETED CANCELLED",
                        "COMPLETED CANCELLED");
        assertThat(taskColumn(view, 3)).containsExactly("OK", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED");
        assertThat(view.management.text("Cancelled by")).contains("otto: The source is down");
        assertThat(view.actions.cancel.isVisible()).isFalse();
        assertThat(auditLog.find(AuditFilter.about(ObjectType.JOB, job), 0, 10))
                .extracting(AuditEntry::username, AuditEntry::action, AuditEntry::changes)
                .containsExactly(tuple(
                        "otto", AuditAction.CANCEL, List.of(new FieldChange("reason", "", "The source is down"))));
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "OPERATOR"})
    void changingYourMindKeepsTheJobRunning() {
        long job = fixtures.job(tenders, JobStatus.RUNNING, "OK");
        JobView view = open(job);

        test(view.actions.cancel).click();
        test(find(ConfirmDialog.class).single()).cancel();

        assertThat(fixtures.tasks(job)).containsExactly("COMPLETED OK", "RUNNING ", "PLANNED ", "PLANNED ", "PLANNED ");
        assertThat(auditLog.count(AuditFilter.ALL)).isZero();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "OPERATOR"})
    void aJobThatNeverStartedIsCancelledWithoutAWorkflow() {
        long job = fixtures.job(tenders, JobStatus.PLANNED);

        control.cancel(job, " stuck ");

        assertThat(fixtures.tasks(job)).containsOnly("COMPLETED CANCELLED");
        assertThat(jobs.state(job))
                .hasValueSatisfying(state -> assertThat(state.completed()).isTrue());
        JobDetail detail = directory.get(job);
        assertThat(detail.cancelledBy()).contains("user");
        assertThat(detail.cancelReason()).contains("stuck");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerCannotCancel() {
        long job = fixtures.job(tenders, JobStatus.RUNNING, "OK");

        JobView view = open(job);

        assertThat(view.actions.isVisible()).isFalse();
        assertThatThrownBy(() -> control.cancel(job, "no")).isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.tasks(job)).element(1).isEqualTo("RUNNING ");
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "OPERATOR"})
    void restartingFromATaskWhoseInputsAreGoneSaysWhyAndCannotBeConfirmed() {
        long job = fixtures.succeeded(tenders);
        fixtures.update(job, "archived = true");
        JobView view = open(job);
        assertThat(view.actions.cancel.isVisible()).isFalse();

        test(view.actions.restart).click();
        RestartDialog dialog = find(RestartDialog.class).single();
        test(dialog.task).selectItem("Process (2/5)");

        assertThat(dialog.refusal.isVisible()).isTrue();
        assertThat(dialog.refusal.getText()).contains("is gone (the job's temporary data was deleted)");
        assertThat(test(dialog.restart).isUsable()).isFalse();

        test(dialog.task).selectItem("Collect (1/5)");
        assertThat(dialog.refusal.isVisible()).isFalse();
        assertThat(test(dialog.restart).isUsable()).isTrue();
    }

    @Test
    @WithMockUser(
            username = "otto",
            roles = {"VIEWER", "OPERATOR"})
    void restartingFromCollectRunsTheJobAgainAndIsAudited() {
        long job = fixtures.job(tenders, JobStatus.COMPLETED, "FAILED");
        JobView view = open(job);

        test(view.actions.restart).click();
        RestartDialog dialog = find(RestartDialog.class).single();
        test(dialog.task).selectItem("Collect (1/5)");
        test(dialog.restart).click();

        assertThat(auditLog.find(AuditFilter.about(ObjectType.JOB, job), 0, 10))
                .extracting(AuditEntry::action, AuditEntry::changes)
                .containsExactly(tuple(AuditAction.RESTART, List.of(new FieldChange("from task", "", "collect"))));
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Restarted job 2026-11-01 .. 2026-11-02 (" + job + ") from collect (1/5).");
    }

    @Test
    @WithMockUser(
            username = "otto",
            roles = {"VIEWER", "OPERATOR"})
    void anOperatorPreservesTheTemporaryDataOnceConfirmed() {
        long job = fixtures.succeeded(tenders);
        JobView view = open(job);

        test(view.actions.keepAllData).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(directory.get(job).keepAllData()).isTrue();
        assertThat(view.actions.keepAllData.getValue()).isTrue();
        assertThat(view.management.text("Preserve temporary data")).contains("Yes");
        assertThat(auditLog.find(AuditFilter.about(ObjectType.JOB, job), 0, 10))
                .extracting(AuditEntry::username, AuditEntry::action, AuditEntry::changes)
                .containsExactly(tuple(
                        "otto",
                        AuditAction.UPDATE,
                        List.of(new FieldChange("preserve temporary data", "false", "true"))));
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "OPERATOR"})
    void stoppingPreservingACompletedJobsDataSaysWhenItGoes() {
        long job = fixtures.succeeded(tenders);
        control.setKeepAllData(job, true);
        JobView view = open(job);

        test(view.actions.keepAllData).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).single();

        assertThat(dialog.getElement().getProperty("message")).contains("deleted by the scheduler's next sweep");
        test(dialog).confirm();
        assertThat(directory.get(job).keepAllData()).isFalse();
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "OPERATOR"})
    void notConfirmingLeavesTheTemporaryDataAsItWas() {
        long job = fixtures.succeeded(tenders);
        JobView view = open(job);

        test(view.actions.keepAllData).click();
        test(find(ConfirmDialog.class).single()).cancel();

        assertThat(directory.get(job).keepAllData()).isFalse();
        assertThat(view.actions.keepAllData.getValue()).isFalse();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aJobThatNoLongerExistsLeadsBackToTheList() {
        navigate("jobs/404", JobListView.class);

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Job 404 no longer exists.");
    }

    /** The fieldset's legend as the page shows it: "" when it has none. */
    private static String shownLegend(FieldSet fieldSet) {
        return fieldSet.getLegend() != null && fieldSet.getLegend().getParent().isPresent()
                ? fieldSet.getLegendText()
                : "";
    }

    /** What the browser does every 2 seconds while the page polls. */
    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    /** Waits until the job's workflow reports progress for the task, as the page will read it. */
    private void awaitProgressIn(long job, TaskType task) throws InterruptedException {
        for (int tries = 0; tries < 100; tries++) {
            RunningTask running = directory.running(directory.get(job)).get(task);
            if (running != null && running.progress().isPresent()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No progress reported for " + task);
    }

    private List<String> progressColumn(JobView view) {
        return IntStream.range(0, test(view.tasks).size())
                .mapToObj(row -> test(view.tasks)
                        .getCellComponent(row, JobTasks.PROGRESS)
                        .getElement()
                        .getTextRecursively())
                .toList();
    }

    private static <T> List<T> rows(com.vaadin.flow.component.grid.Grid<T> grid) {
        return grid.getGenericDataView().getItems().toList();
    }

    private JobView open(long job) {
        return navigate("jobs/" + job, JobView.class);
    }

    private List<String> taskColumn(JobView view, int column) {
        return IntStream.range(0, test(view.tasks).size())
                .mapToObj(row -> test(view.tasks).getCellText(row, column))
                .toList();
    }
}
