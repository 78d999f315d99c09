package org.dataregistry.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.dataregistry.publication.PublicationsTest.publication;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.dataregistry.AppTest;
import org.dataregistry.audit.AuditAction;
import org.dataregistry.audit.AuditEntry;
import org.dataregistry.audit.AuditFilter;
import org.dataregistry.audit.AuditLog;
import org.dataregistry.audit.FieldChange;
import org.dataregistry.job.JobFixtures;
import org.dataregistry.job.JobStatus;
import org.dataregistry.job.JobView;
import org.dataregistry.translation.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
class PublicationListViewTest extends SpringBrowserlessTest {

    @Autowired
    PublicationRepository repository;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JobFixtures jobs;

    @Test
    @WithMockUser(roles = "VIEWER")
    void searchIgnoresCaseAndAccents() {
        save("Montréal open data", p -> p.setCountry(Translations.english("Canada")));
        save("City tenders", p -> p.setCountry(Translations.english("México")));
        save("Toronto", p -> p.setCountry(Translations.english("Canada")));
        PublicationListView view = navigate(PublicationListView.class);

        test(view.search).setValue("montreal");
        assertThat(titles(view)).containsExactly("Montréal open data");

        test(view.search).setValue("Mexico");
        assertThat(titles(view)).containsExactly("City tenders");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void sidebarFiltersCombine() {
        publicFrozenPublicThawedAndPrivateFrozen();
        PublicationListView view = navigate(PublicationListView.class);

        test(view.filters.published).selectItem("Yes");
        assertThat(titles(view)).containsExactlyInAnyOrder("public frozen", "public thawed");

        test(view.filters.frozen).selectItem("Yes");
        assertThat(titles(view)).containsExactly("public frozen");

        test(view.filters.clear).click();
        assertThat(titles(view)).hasSize(3);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void retrievalFrequencyFilterFindsPublicationsWithoutOne() {
        save("monthly", p -> {});
        save("unset", p -> p.setRetrievalFrequency(null));
        PublicationListView view = navigate(PublicationListView.class);

        test(view.filters.retrievalFrequency).selectItem("Not set");
        assertThat(titles(view)).containsExactly("unset");

        test(view.filters.retrievalFrequency).selectItem("Monthly");
        assertThat(titles(view)).containsExactly("monthly");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void newestFirstUntilSortedByAColumn() {
        save("Bravo", p -> {});
        save("alpha", p -> {});
        save("Charlie", p -> {});
        PublicationListView view = navigate(PublicationListView.class);

        assertThat(titles(view)).containsExactly("Charlie", "alpha", "Bravo");

        test(view.grid).sortByColumn(0, SortDirection.ASCENDING);
        assertThat(titles(view)).containsExactly("alpha", "Bravo", "Charlie");
    }

    @Test
    @WithMockUser(
            username = "carla",
            roles = {"VIEWER", "CONTRIBUTOR"})
    void contributorPublishesAndFreezesFromTheList() {
        long id = save("Tenders", p -> {}).getId();
        PublicationListView view = navigate(PublicationListView.class);

        test(toggle(view, PublicationSwitch.PUBLIC)).click();
        test(toggle(view, PublicationSwitch.FROZEN)).click();

        Publication stored = repository.findById(id).orElseThrow();
        assertThat(stored.isPublished()).isTrue();
        assertThat(stored.isFrozen()).isTrue();
        assertThat(auditLog.find(AuditFilter.ALL, 0, 10))
                .extracting(AuditEntry::action, AuditEntry::changes)
                .containsExactly(
                        tuple(AuditAction.FREEZE, List.of(new FieldChange("frozen", "false", "true"))),
                        tuple(AuditAction.PUBLISH, List.of(new FieldChange("public", "false", "true"))));
        assertThat(toggle(view, PublicationSwitch.FROZEN).getValue()).isTrue();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewerSeesTheSwitchesReadOnlyAndCannotAdd() {
        save("Tenders", p -> p.setPublished(true));
        PublicationListView view = navigate(PublicationListView.class);

        assertThat(view.add.isVisible()).isFalse();
        assertThat(toggle(view, PublicationSwitch.PUBLIC).getValue()).isTrue();
        assertThat(test(toggle(view, PublicationSwitch.PUBLIC)).isUsable()).isFalse();
        assertThat(test(toggle(view, PublicationSwitch.FROZEN)).isUsable()).isFalse();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void clickingARowOpensThePublication() {
        long id = save("Tenders", p -> {}).getId();
        PublicationListView view = navigate(PublicationListView.class);

        test(view.grid).clickRow(0);

        assertThat(getCurrentView())
                .isInstanceOfSatisfying(
                        PublicationView.class,
                        form -> assertThat(form.form.title.getValue()).isEqualTo("Tenders"));
        assertThat(form().getPageTitle()).isEqualTo("Tenders (" + id + ")");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void pagesThroughManyPublications() {
        IntStream.rangeClosed(1, 120).forEach(i -> save("Publication %03d".formatted(i), p -> {}));
        PublicationListView view = navigate(PublicationListView.class);

        assertThat(test(view.grid).size()).isEqualTo(120);
        assertThat(test(view.grid).getRow(119).title()).isEqualTo("Publication 001");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void recentJobsShowTheLatestCompletedJobsOldestFirstAsColouredSquares() {
        long tenders = jobs.publication("Tenders", "Portugal");
        long failed = jobs.job(tenders, JobStatus.COMPLETED, "OK", "FAILED");
        jobs.update(failed, "context = '{\"collect_error_rate\": 0.5}'");
        long succeeded = jobs.succeeded(tenders);
        jobs.update(succeeded, "context = '{\"collect_error_rate\": 0}'");
        jobs.job(tenders, JobStatus.RUNNING);
        jobs.publication("Fresh", "Chile");
        PublicationListView view = navigate(PublicationListView.class);

        assertThat(recentJobs(view, 0).getText()).isEqualTo("No completed jobs");
        List<RouterLink> squares =
                find(RouterLink.class).from(recentJobs(view, 1)).all();
        assertThat(squares)
                .extracting(RouterLink::getText, RouterLink::getHref)
                .containsExactly(tuple("⠟", "jobs/" + failed), tuple("✓", "jobs/" + succeeded));
        assertThat(squares)
                .extracting(square -> square.getElement().getAttribute("title"))
                .containsExactly(
                        "2026-11-01 10:00 UTC .. 2026-11-02 10:00 UTC (" + failed + ") 50%",
                        "2026-11-01 10:00 UTC .. 2026-11-02 10:00 UTC (" + succeeded + ") 100%");
        assertThat(squares)
                .extracting(square -> square.getStyle().get("background-color"))
                .containsExactly("var(--lumo-error-color)", "var(--lumo-success-color)");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aFrozenPublicationNoLongerUpdatedSaysSo() {
        save("Archive", p -> {
            p.setFrozen(true);
            p.setRetrievalFrequency(RetrievalFrequency.NEVER);
        });
        PublicationListView view = navigate(PublicationListView.class);

        assertThat(recentJobs(view, 0).getText()).isEqualTo("❄️ No longer updated");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void theActiveJobLinksToItsPage() {
        long tenders = jobs.publication("Tenders", "Portugal");
        long active = jobs.succeeded(tenders);
        jobs.activate(active);
        PublicationListView view = navigate(PublicationListView.class);

        RouterLink link = (RouterLink) test(view.grid).getCellComponent(0, PublicationListView.ACTIVE_JOB);

        assertThat(link.getText()).isEqualTo("2026-11-01 .. 2026-11-02 (" + active + ")");
        assertThat(link.getHref()).isEqualTo("jobs/" + active);
    }

    @Test
    @WithMockUser(
            username = "otto",
            roles = {"VIEWER", "OPERATOR"})
    void anOperatorRunsAJobNowAndLandsOnItsPage() {
        long tenders = jobs.publication("Tenders", "Portugal");
        PublicationListView view = navigate(PublicationListView.class);

        test(runNow(view)).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(jobs.jobsOf(tenders)).hasSize(1);
        long job = jobs.jobsOf(tenders).getFirst();
        assertThat(getCurrentView()).isInstanceOf(JobView.class);
        assertThat(((JobView) getCurrentView()).getPageTitle()).endsWith("(" + job + ")");
        assertThat(auditLog.find(AuditFilter.ALL, 0, 10))
                .extracting(AuditEntry::username, AuditEntry::action, AuditEntry::objectId)
                .containsExactly(tuple("otto", AuditAction.RUN, job));
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "OPERATOR"})
    void runNowIsRefusedWhileThePublicationHasAnIncompleteJobWhichItNamesAndLinks() {
        long tenders = jobs.publication("Tenders", "Portugal");
        long running = jobs.job(tenders, JobStatus.RUNNING, "OK");
        PublicationListView view = navigate(PublicationListView.class);

        test(runNow(view)).click();

        assertThat(find(ConfirmDialog.class).exists()).isFalse();
        Notification refusal = find(Notification.class).last();
        assertThat(refusal.getElement().getTextRecursively())
                .isEqualTo("Not run: this publication already has a job " + "that hasn't completed, job " + running
                        + ". Wait for it to complete, or cancel it first.");
        RouterLink link = find(RouterLink.class).from(refusal).single();
        assertThat(link.getHref()).isEqualTo("jobs/" + running);
        assertThat(jobs.jobsOf(tenders)).containsExactly(running);
        assertThat(auditLog.count(AuditFilter.ALL)).isZero();

        test(link).click();
        assertThat(getCurrentView()).isInstanceOf(JobView.class);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void theFiltersAndSearchAreInTheAddressSoABookmarkOrBackShowsThemAgain() {
        publicFrozenPublicThawedAndPrivateFrozen();
        PublicationListView view = navigate(PublicationListView.class);
        assertThat(titles(view)).hasSize(3);
        assertThat(view.count.getText()).isEqualTo("3 publications");

        test(view.filters.published).selectItem("Yes");
        assertThat(address()).isEqualTo("?public=yes");
        test(view.filters.frozen).selectItem("No");
        assertThat(address()).isEqualTo("?public=yes&frozen=no");
        assertThat(titles(view)).containsExactly("public thawed");
        assertThat(view.count.getText()).isEqualTo("1 publication");

        PublicationListView bookmarked = openAt("search=frozen&frozen=yes&last-reviewed=no-date");
        assertThat(bookmarked.search.getValue()).isEqualTo("frozen");
        assertThat(bookmarked.filters.frozen.getValue()).isTrue();
        assertThat(bookmarked.filters.lastReviewed.getValue()).isEqualTo(LastReviewed.NO_DATE);
        assertThat(bookmarked.filters.published.getValue()).isNull();
        assertThat(titles(bookmarked)).containsExactlyInAnyOrder("public frozen", "private frozen");

        PublicationListView back = openAt("public=yes");
        assertThat(back.search.getValue()).isEmpty();
        assertThat(back.filters.frozen.getValue()).isNull();
        assertThat(titles(back)).containsExactlyInAnyOrder("public frozen", "public thawed");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void closingAPublicationReturnsToTheListAsItWasFiltered() {
        save("public thawed", p -> p.setPublished(true));
        save("private", p -> {});
        PublicationListView view = navigate(PublicationListView.class);
        test(view.filters.published).selectItem("Yes");

        test(view.grid).clickRow(0);
        test(form().form.close).click();

        assertThat(address()).isEqualTo("?public=yes");
        assertThat(titles((PublicationListView) getCurrentView())).containsExactly("public thawed");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void lastReviewedIsAnIsoDate() {
        save("Tenders", p -> p.setLastReviewed(LocalDate.of(2026, 12, 7)));
        PublicationListView view = navigate(PublicationListView.class);

        assertThat(test(view.grid).getCellText(0, 6)).isEqualTo("2026-12-07");
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR"})
    void onlyOperatorsAreOfferedRunNow() {
        save("Tenders", p -> {});
        PublicationListView view = navigate(PublicationListView.class);

        assertThat(view.grid.getColumnByKey(PublicationListView.RUN_NOW).isVisible())
                .isFalse();
    }

    private void publicFrozenPublicThawedAndPrivateFrozen() {
        save("public frozen", p -> {
            p.setPublished(true);
            p.setFrozen(true);
        });
        save("public thawed", p -> p.setPublished(true));
        save("private frozen", p -> p.setFrozen(true));
    }

    /** Opens the list at an address with this query, as a bookmark or Back does. */
    private PublicationListView openAt(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return (PublicationListView) getCurrentView();
    }

    /** The address the browser shows, relative to the admin UI. */
    private static String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private Button runNow(PublicationListView view) {
        assertThat(view.grid.getColumnByKey(PublicationListView.RUN_NOW).isVisible())
                .isTrue();
        return (Button) test(view.grid).getCellComponent(0, PublicationListView.RUN_NOW);
    }

    private Span recentJobs(PublicationListView view, int row) {
        return (Span) test(view.grid).getCellComponent(row, PublicationListView.RECENT_JOBS);
    }

    private PublicationView form() {
        return (PublicationView) getCurrentView();
    }

    private Checkbox toggle(PublicationListView view, PublicationSwitch toggle) {
        return (Checkbox) test(view.grid).getCellComponent(0, toggle.name());
    }

    private List<String> titles(PublicationListView view) {
        return IntStream.range(0, test(view.grid).size())
                .mapToObj(row -> test(view.grid).getRow(row).title())
                .toList();
    }

    private Publication save(String title, Consumer<Publication> change) {
        Publication publication = publication(title);
        change.accept(publication);
        return repository.save(publication);
    }
}
