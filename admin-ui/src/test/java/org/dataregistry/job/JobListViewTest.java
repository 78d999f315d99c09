package org.dataregistry.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.dataregistry.AppTest;
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

        assertThat(row(view, 0)).containsExactly("01-Nov-26 ..  (" + running + ")", "Portugal", "Tenders", "RUNNING",
                "pull (3/5)", "No", "No", "Yes");
        assertThat(row(view, 1)).containsExactly("01-Nov-26 .. 02-Nov-26 (" + older + ")", "Portugal", "Tenders",
                "COMPLETED", "flattener (5/5)", "Yes", "Yes", "No");
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
        test(view.filters.archived).selectItem("No");
        assertThat(ids(view)).containsExactly(running);

        test(view.filters.clear).click();
        assertThat(ids(view)).containsExactly(running, succeeded, failed);
    }

    @Test
    void clickingARowOpensTheJob() {
        long job = fixtures.succeeded(tenders);
        JobListView view = navigate(JobListView.class);

        test(view.grid).clickRow(0);

        assertThat(getCurrentView()).isInstanceOfSatisfying(JobView.class,
                page -> assertThat(page.getPageTitle()).isEqualTo("Job 01-Nov-26 .. 02-Nov-26 (" + job + ")"));
    }

    @Test
    void anEmptyRegistryListsNoJobs() {
        JobListView view = navigate(JobListView.class);

        assertThat(test(view.grid).size()).isZero();
    }

    private List<Long> ids(JobListView view) {
        return IntStream.range(0, test(view.grid).size()).mapToObj(row -> test(view.grid).getRow(row).job().id())
                .toList();
    }

    private List<String> row(JobListView view, int row) {
        return IntStream.range(0, 8).mapToObj(column -> column == 0
                ? test(view.grid).getRow(row).job().label()
                : test(view.grid).getCellText(row, column)).toList();
    }
}
