package org.dataregistry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.dataregistry.AppTest;
import org.dataregistry.job.JobControl;
import org.dataregistry.license.License;
import org.dataregistry.license.LicenseListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
@WithMockUser(roles = "VIEWER")
class AuditLogViewTest extends SpringBrowserlessTest {

    static final String LONG_DESCRIPTION = "Licensed under the Open Government Licence v3.0, which lets anyone copy, "
            + "publish and adapt the data, also commercially.";
    static final int USER = 1;
    static final int OBJECT = 3;
    static final int CHANGES = 5;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobControl jobs;

    @BeforeEach
    void setUp() {
        append(
                "2026-06-01T09:00:00Z",
                "carla",
                ObjectType.LICENSE,
                "OGL (1)",
                AuditAction.CREATE,
                List.of(
                        new FieldChange("name [en]", "", "OGL"),
                        new FieldChange("description [en]", "", LONG_DESCRIPTION)));
        append(
                "2026-06-02T10:30:00Z",
                "carla",
                ObjectType.PUBLICATION,
                "Mexico City (7)",
                AuditAction.FREEZE,
                List.of(new FieldChange("frozen", "false", "true")));
        append("2026-06-03T12:00:00Z", "root", ObjectType.USER, "dana (4)", AuditAction.RESET_PASSWORD, List.of());
    }

    @Test
    void entriesAppearNewestFirstAndNothingCanBeChanged() {
        AuditLogView view = navigate(AuditLogView.class);

        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(row(view, 0))
                .containsExactly("2026-06-03 12:00", "root", "user", "dana (4)", "Reset the password of", "");
        assertThat(row(view, 1))
                .containsExactly(
                        "2026-06-02 10:30", "carla", "publication", "Mexico City (7)", "Froze", "frozen: No → Yes");
        assertThat(find(Button.class, view).exists()).isFalse();
    }

    @Test
    void longValuesAreShortInTheListAndWholeInTheDetails() {
        AuditLogView view = navigate(AuditLogView.class);

        assertThat(cell(view, 2, CHANGES))
                .isEqualTo("name [en]: OGL; description [en]: Licensed under the Open Government…");
        assertThat(details(view, 2)).containsExactly("name [en]: OGL", "description [en]: " + LONG_DESCRIPTION);
    }

    @Test
    void codesAndIdsShowAsTheFormsShowThem() {
        long license = license("Open Government Licence");
        long publication = publication("Lima", license);
        append(
                "2026-06-04T08:00:00Z",
                "carla",
                ObjectType.PUBLICATION,
                "Lima (" + publication + ")",
                AuditAction.UPDATE,
                List.of(
                        new FieldChange("collector", "SCRAPYD", "HTTP"),
                        new FieldChange("retrieval frequency", "", "WEEKLY"),
                        new FieldChange("update frequency", "MONTHLY", "QUARTERLY"),
                        new FieldChange("region", "", ""),
                        new FieldChange("data license", "", Long.toString(license)),
                        new FieldChange("public", "true", "false"),
                        new FieldChange("title", "Lima", "Lima, Peru")));

        AuditLogView view = navigate(AuditLogView.class);

        assertThat(details(view, 0))
                .containsExactly(
                        "collector: Kingfisher Collect spider (Scrapyd) → Built-in download from the source URL",
                        "retrieval frequency: Weekly",
                        "update frequency: Monthly → Every 3 months",
                        "data license: Open Government Licence",
                        "public: Yes → No",
                        "title: Lima → Lima, Peru");
    }

    @Test
    void aDeletedObjectIsNamedAsTheLogLastRecordedIt() {
        append("2026-06-04T08:00:00Z", "carla", 9L, ObjectType.LICENSE, "CC BY 4.0 (9)", AuditAction.DELETE, List.of());
        append(
                "2026-06-05T08:00:00Z",
                "carla",
                5L,
                ObjectType.PUBLICATION,
                "Lima (5)",
                AuditAction.UPDATE,
                List.of(new FieldChange("data license", "9", ""), new FieldChange("settings bundle", "3", "")));

        AuditLogView view = navigate(AuditLogView.class);

        assertThat(details(view, 0))
                .containsExactly(
                        "data license: CC BY 4.0 (deleted) → (none)",
                        "settings bundle: Scrapy settings bundle 3 (deleted) → (none)");
        assertThat(links(test(view.grid).getCellComponent(0, CHANGES))).isEmpty();
        assertThat(test(view.grid).getCellComponent(0, OBJECT)).isNotInstanceOf(RouterLink.class);
    }

    @Test
    void objectsLinkToTheirPages() {
        long license = license("OGL");
        long publication = publication("Lima", license);
        long job = jdbc.sql("INSERT INTO job (publication_id, status) VALUES (:publication, 'PLANNED') RETURNING id")
                .param("publication", publication)
                .query(Long.class)
                .single();
        append(
                "2026-06-04T08:00:00Z",
                "carla",
                publication,
                ObjectType.PUBLICATION,
                "Lima (" + publication + ")",
                AuditAction.UPDATE,
                List.of(new FieldChange("data license", "", Long.toString(license))));
        append(
                "2026-06-05T08:00:00Z",
                "otto",
                job,
                ObjectType.JOB,
                "job " + job,
                AuditAction.RUN,
                List.of(new FieldChange("publication", "", Long.toString(publication))));

        AuditLogView view = navigate(AuditLogView.class);

        assertThat(test(link(test(view.grid).getCellComponent(0, OBJECT))).getHref())
                .isEqualTo("jobs/" + job);
        assertThat(links(test(view.grid).getCellComponent(0, CHANGES)))
                .extracting(RouterLink::getText, RouterLink::getHref)
                .containsExactly(tuple("Lima", "publications/" + publication));
        assertThat(test(link(test(view.grid).getCellComponent(1, OBJECT))).getHref())
                .isEqualTo("publications/" + publication);
        RouterLink licenseLink =
                links(test(view.grid).getCellComponent(1, CHANGES)).getFirst();
        assertThat(test(licenseLink).getHref()).isEqualTo("licenses?id=" + license);
    }

    @Test
    void theLicenseLinkOpensTheLicenseInItsForm() {
        long license = license("OGL");
        append(
                "2026-06-04T08:00:00Z",
                "carla",
                license,
                ObjectType.LICENSE,
                "OGL (" + license + ")",
                AuditAction.UPDATE,
                List.of(new FieldChange("URL", "", "https://example.org/ogl")));
        AuditLogView view = navigate(AuditLogView.class);

        LicenseListView licenses = (LicenseListView)
                test(link(test(view.grid).getCellComponent(0, OBJECT))).navigate();

        assertThat(licenses.form.isVisible()).isTrue();
        assertThat(test(licenses.grid).getSelected()).extracting(License::getId).containsExactly(license);
    }

    @Test
    void usersLinkOnlyForThoseWhoMayOpenTheUsersPage() {
        long admin = jdbc.sql("SELECT id FROM users WHERE username = 'admin'")
                .query(Long.class)
                .single();
        append("2026-06-04T08:00:00Z", "admin", admin, ObjectType.USER, "dana (4)", AuditAction.ACTIVATE, List.of());

        AuditLogView view = navigate(AuditLogView.class);

        assertThat(test(view.grid).getCellComponent(0, USER)).isNotInstanceOf(RouterLink.class);
        assertThat(cell(view, 0, USER)).isEqualTo("admin");
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR", "OPERATOR", "SUPERUSER"})
    void superusersFollowAUserToTheUsersPage() {
        long admin = jdbc.sql("SELECT id FROM users WHERE username = 'admin'")
                .query(Long.class)
                .single();
        append(
                "2026-06-04T08:00:00Z",
                "admin",
                admin,
                ObjectType.USER,
                "admin (" + admin + ")",
                AuditAction.ACTIVATE,
                List.of());

        AuditLogView view = navigate(AuditLogView.class);

        assertThat(test(link(test(view.grid).getCellComponent(0, USER))).getHref())
                .isEqualTo("users?id=" + admin);
    }

    @Test
    void anEmptyReasonIsLeftOut() {
        append(
                "2026-06-04T08:00:00Z",
                "otto",
                ObjectType.JOB,
                "job 3",
                AuditAction.CANCEL,
                List.of(new FieldChange("reason", "", "")));

        AuditLogView view = navigate(AuditLogView.class);

        assertThat(cell(view, 0, CHANGES)).isEmpty();
        assertThat(ChangeText.list(test(view.grid).getRow(0).changes(), null)
                        .getElement()
                        .getText())
                .isEqualTo("No field values recorded.");
    }

    @Test
    @WithMockUser(
            username = "otto",
            roles = {"VIEWER", "OPERATOR"})
    void cancellingWithoutAReasonRecordsNone() {
        // A running job whose workflow was lost: cancelling it ends it without Temporal.
        long job = jdbc.sql("INSERT INTO job (publication_id, status, start) VALUES (:publication, 'RUNNING', now()) "
                        + "RETURNING id")
                .param("publication", publication("Lima", license("OGL")))
                .query(Long.class)
                .single();

        jobs.cancel(job, "   ");

        assertThat(log.find(AuditFilter.about(ObjectType.JOB, job), 0, 10))
                .extracting(AuditEntry::action, AuditEntry::changes)
                .containsExactly(tuple(AuditAction.CANCEL, List.of()));
    }

    @Test
    void searchFindsWhoTheObjectAndTheChanges() {
        AuditLogView view = navigate(AuditLogView.class);

        test(view.search).setValue("CARLA");
        assertThat(test(view.grid).size()).isEqualTo(2);
        test(view.search).setValue("mexico city");
        assertThat(objects(view)).containsExactly("Mexico City (7)");
        test(view.search).setValue("government licence");
        assertThat(objects(view)).containsExactly("OGL (1)");
        test(view.search).setValue("frozen");
        assertThat(objects(view)).containsExactly("Mexico City (7)");
        test(view.search).setValue("O.G.L.");
        assertThat(objects(view)).containsExactly("OGL (1)");
        test(view.search).setValue("oldValue");
        assertThat(test(view.grid).size()).isZero();
        test(view.search).clear();
        assertThat(test(view.grid).size()).isEqualTo(3);
    }

    @Test
    void filteringByActionNarrowsTheList() {
        AuditLogView view = navigate(AuditLogView.class);

        test(view.action).selectItem("Froze");

        assertThat(objects(view)).containsExactly("Mexico City (7)");
    }

    @Test
    void filteringByUserNarrowsTheList() {
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(test(view.user).getSuggestions()).containsExactly("carla", "root");

        test(view.user).selectItem("carla");

        assertThat(test(view.grid).size()).isEqualTo(2);
        test(view.objectType).selectItem("data license");
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void filteringByTimeKeepsTheEntriesFromUntilExcluded() {
        AuditLogView view = navigate(AuditLogView.class);

        test(view.from).setValue(LocalDateTime.parse("2026-06-02T10:30"));
        test(view.until).setValue(LocalDateTime.parse("2026-06-03T12:00"));

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).entry().action()).isEqualTo(AuditAction.FREEZE);
    }

    private List<String> row(AuditLogView view, int row) {
        return IntStream.range(0, 6).mapToObj(column -> cell(view, row, column)).toList();
    }

    /** A cell's text as the user reads it, links included. */
    private String cell(AuditLogView view, int row, int column) {
        if (view.grid.getColumns().get(column).getRenderer() instanceof ComponentRenderer<?, ?>) {
            return test(view.grid).getCellComponent(row, column).getElement().getTextRecursively();
        }
        return test(view.grid).getCellText(row, column);
    }

    private List<String> details(AuditLogView view, int row) {
        Component list = ChangeText.list(test(view.grid).getRow(row).changes(), new ObjectLinks(false));
        return find(ListItem.class).from(list).all().stream()
                .map(item -> item.getElement().getTextRecursively())
                .toList();
    }

    private List<String> objects(AuditLogView view) {
        return IntStream.range(0, test(view.grid).size())
                .mapToObj(row -> test(view.grid).getRow(row).entry().objectRepr())
                .toList();
    }

    private List<RouterLink> links(Component cell) {
        return find(RouterLink.class).from(cell).all();
    }

    private static RouterLink link(Component cell) {
        assertThat(cell).isInstanceOf(RouterLink.class);
        return (RouterLink) cell;
    }

    private long license(String name) {
        return jdbc.sql("INSERT INTO license (name_en) VALUES (:name) RETURNING id")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private long publication(String title, long license) {
        return jdbc.sql("INSERT INTO publication (title, source_id, license_id) VALUES (:title, 's', :license) "
                        + "RETURNING id")
                .param("title", title)
                .param("license", license)
                .query(Long.class)
                .single();
    }

    private void append(
            String at, String username, ObjectType type, String repr, AuditAction action, List<FieldChange> changes) {
        append(at, username, null, type, repr, action, changes);
    }

    private void append(
            String at,
            String username,
            Long objectId,
            ObjectType type,
            String repr,
            AuditAction action,
            List<FieldChange> changes) {
        Long userId = jdbc.sql("SELECT id FROM users WHERE username = :username")
                .param("username", username)
                .query(Long.class)
                .optional()
                .orElse(null);
        log.append(new AuditEntry(null, Instant.parse(at), userId, username, type, objectId, repr, action, changes));
    }
}
