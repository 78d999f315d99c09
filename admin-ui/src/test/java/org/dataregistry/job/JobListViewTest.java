package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.stream.IntStream;
import org.dataregistry.AppTest;
import org.dataregistry.task.TaskType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
@WithMockUser(roles = "VIEWER")
class JobListViewTest extends SpringBrowserlessTest {

    @Autowired
    JobFixtures fixtures;

    long tenders;

    @BeforeEach
    void publication() {
        tenders = fixtures.publication("Tenders", "Portugal");
    }

    @Test
    void listsJobsNewestFirstWithTheirPublicationProgressAndFlags() {
        long older = fixtures.succeeded(tenders);
        fixtures.activate(older);
        fixtures.update(older, "archived = true");
        long running = fixtures.job(tenders, JobStatus.RUNNING, "OK", "OK", "OK");
        fixtures.update(running, "keep_all_data = true");

        JobListView view = navigate(JobListView.class);

        assertThat(row(view, 0))
                .containsExactly(
                        "2026-11-01 10:00 UTC ..  (" + running + ")",
                        "TendersPortugal",
                        "RUNNINGlast completed: pull (3/5)",
                        "Preserves temporary data");
        assertThat(row(view, 1))
                .containsExactly(
                        "2026-11-01 10:00 UTC .. 2026-11-02 10:00 UTC (" + older + ")",
                        "TendersPortugal",
                        "COMPLETEDlast completed: flattener (5/5)",
                        "Active · Temporary data deleted");
        assertThat(view.count.getText()).isEqualTo("2 jobs");
    }

    @Test
    void jobsOfAPublicationOnDifferentDaysAreNamedByTheirDates() {
        long job = fixtures.succeeded(tenders);
        long other = fixtures.succeeded(fixtures.publication("Awards", "Chile"));

        JobListView view = navigate(JobListView.class);

        assertThat(row(view, 0).getFirst()).isEqualTo("2026-11-01 .. 2026-11-02 (" + other + ")");
        assertThat(row(view, 1).getFirst()).isEqualTo("2026-11-01 .. 2026-11-02 (" + job + ")");
    }

    @Test
    void theFiltersAreReadFromTheAddress() {
        long failed = fixtures.job(tenders, JobStatus.COMPLETED, "OK", "FAILED");
        fixtures.update(failed, "archived = true");
        fixtures.succeeded(tenders);
        long elsewhere = fixtures.job(fixtures.publication("Awards", "Chile"), JobStatus.COMPLETED, "FAILED");

        JobListView view = open("status=completed&unsuccessful=yes&temporary-data-deleted=yes&search=portugal");

        assertThat(ids(view)).containsExactly(failed);
        assertThat(view.count.getText()).isEqualTo("1 job");
        assertThat(view.search.getValue()).isEqualTo("portugal");
        assertThat(view.filters.status.getValue()).isEqualTo(JobStatus.COMPLETED);
        assertThat(view.filters.unsuccessful.getValue()).isTrue();
        assertThat(view.filters.wiped.getValue()).isTrue();
        assertThat(view.filters.active.getValue()).isNull();

        open("unsuccessful=yes&status=nonsense");
        assertThat(ids(view)).containsExactly(elsewhere, failed);
        assertThat(view.search.getValue()).isEmpty();
        assertThat(view.filters.status.getValue()).isNull();
    }

    @Test
    void choosingFiltersPutsThemInTheAddressAndBackRestoresTheListBefore() {
        long running = fixtures.job(fixtures.publication("Awards", "Chile"), JobStatus.RUNNING);
        long succeeded = fixtures.succeeded(tenders);
        JobListView view = navigate(JobListView.class);

        test(view.filters.status).selectItem("COMPLETED");
        assertThat(address()).isEqualTo("jobs?status=completed");
        test(view.search).setValue("tenders");
        assertThat(address()).isEqualTo("jobs?search=tenders&status=completed");
        assertThat(ids(view)).containsExactly(succeeded);

        test(view.filters.clear).click();
        assertThat(address()).as("one address for the filters cleared at once").isEqualTo("jobs?search=tenders");

        open("search=tenders&status=completed"); // what Back does
        assertThat(ids(view)).containsExactly(succeeded);
        assertThat(view.filters.status.getValue()).isEqualTo(JobStatus.COMPLETED);
        open("");
        assertThat(ids(view)).containsExactly(succeeded, running);
    }

    @Test
    void theListRefreshesWhileAMatchingJobRunsAndStopsOnceNoneDoes() {
        long running = fixtures.job(tenders, JobStatus.RUNNING, "OK");
        JobListView view = navigate(JobListView.class);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(Polling.INTERVAL_MS);

        fixtures.task(running, TaskType.PROCESS, "COMPLETED", "OK");
        poll();
        assertThat(row(view, 0).get(2)).isEqualTo("RUNNINGlast completed: process (2/5)");

        fixtures.update(running, "status = 'COMPLETED', \"end\" = now()");
        poll();
        assertThat(row(view, 0).get(2)).startsWith("COMPLETED");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        fixtures.job(fixtures.publication("Awards", "Chile"), JobStatus.RUNNING);
        test(view.filters.status).selectItem("COMPLETED");
        assertThat(UI.getCurrent().getPollInterval())
                .as("the running job is not listed")
                .isEqualTo(-1);
    }

    @Test
    void searchFindsJobsByPublicationIgnoringAccents() {
        long montreal = fixtures.succeeded(fixtures.publication("Montréal open data", "Canada"));
        fixtures.succeeded(tenders);
        JobListView view = navigate(JobListView.class);

        test(view.search).setValue("montreal");

        assertThat(ids(view)).containsExactly(montreal);
    }

    @Test
    void sidebarFiltersCombineAndClear() {
        long failed = fixtures.job(tenders, JobStatus.COMPLETED, "OK", "FAILED");
        long succeeded = fixtures.succeeded(tenders);
        fixtures.activate(succeeded);
        long running = fixtures.job(tenders, JobStatus.RUNNING);
        fixtures.update(failed, "archived = true");
        JobListView view = navigate(JobListView.class);

        test(view.filters.status).selectItem("RUNNING");
        assertThat(ids(view)).containsExactly(running);

        test(view.filters.clear).click();
        test(view.filters.unsuccessful).selectItem("Yes");
        assertThat(ids(view)).containsExactly(failed);

        test(view.filters.unsuccessful).selectItem("No");
        assertThat(ids(view)).containsExactly(succeeded);

        test(view.filters.clear).click();
        test(view.filters.active).selectItem("Yes");
        assertThat(ids(view)).containsExactly(succeeded);

        test(view.filters.active).selectItem("No");
        test(view.filters.wiped).selectItem("No");
        assertThat(ids(view)).containsExactly(running);

        test(view.filters.clear).click();
        assertThat(ids(view)).containsExactly(running, succeeded, failed);
    }

    @Test
    void clickingARowOpensTheJob() {
        long job = fixtures.succeeded(tenders);
        JobListView view = navigate(JobListView.class);

        test(view.grid).clickRow(0);

        assertThat(getCurrentView())
                .isInstanceOfSatisfying(
                        JobView.class,
                        page -> assertThat(page.getPageTitle())
                                .isEqualTo("Job 2026-11-01 .. 2026-11-02 (" + job + ")"));
    }

    @Test
    void anEmptyRegistryListsNoJobs() {
        JobListView view = navigate(JobListView.class);

        assertThat(test(view.grid).size()).isZero();
    }

    private List<Long> ids(JobListView view) {
        return IntStream.range(0, test(view.grid).size())
                .mapToObj(row -> test(view.grid).getRow(row).job().id())
                .toList();
    }

    private List<String> row(JobListView view, int row) {
        return IntStream.range(0, 4)
                .mapToObj(column -> column == 3
                        ? test(view.grid).getCellText(row, column)
                        : test(view.grid)
                                .getCellComponent(row, column)
                                .getElement()
                                .getTextRecursively())
                .toList();
    }

    /** Opens the list at {@code jobs?<query>}, as a bookmark or Back does. */
    private JobListView open(String query) {
        UI.getCurrent().navigate("jobs", QueryParameters.fromString(query));
        return (JobListView) getCurrentView();
    }

    /** The list's address once the browser has heard back from the server. */
    private static String address() {
        roundTrip();
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }
}
