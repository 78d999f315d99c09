package org.dataregistry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import org.dataregistry.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@AppTest
@WithMockUser(roles = "VIEWER")
class AuditLogViewTest extends SpringBrowserlessTest {

    static final String LONG_DESCRIPTION = "Licensed under the Open Government Licence v3.0, which lets anyone copy, "
            + "publish and adapt the data, also commercially.";

    @Autowired
    AuditLog log;

    @BeforeEach
    void setUp() {
        append("2026-06-01T09:00:00Z", "carla", ObjectType.LICENSE, "OGL (1)", AuditAction.CREATE,
                List.of(new FieldChange("name [en]", "", "OGL"), new FieldChange("description [en]", "", LONG_DESCRIPTION)));
        append("2026-06-02T10:30:00Z", "carla", ObjectType.PUBLICATION, "Mexico City (7)", AuditAction.FREEZE,
                List.of(new FieldChange("frozen", "false", "true")));
        append("2026-06-03T12:00:00Z", "root", ObjectType.USER, "dana (4)", AuditAction.RESET_PASSWORD, List.of());
    }

    @Test
    void entriesAppearNewestFirstAndNothingCanBeChanged() {
        AuditLogView view = navigate(AuditLogView.class);

        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(row(view, 0)).containsExactly("2026-06-03 12:00", "root", "user", "dana (4)",
                "Reset the password of", "");
        assertThat(row(view, 1)).containsExactly("2026-06-02 10:30", "carla", "publication", "Mexico City (7)",
                "Froze", "frozen: \"false\" → \"true\"");
        assertThat(find(Button.class, view).exists()).isFalse();
    }

    @Test
    void longValuesAreShortInTheListAndWholeInTheDetails() {
        AuditLogView view = navigate(AuditLogView.class);

        assertThat(test(view.grid).getCellText(2, 5)).isEqualTo(
                "name [en]: \"\" → \"OGL\"; description [en]: \"\" → \"Licensed under the Open Government…\"");
        AuditEntry entry = test(view.grid).getRow(2);
        assertThat(find(ListItem.class, AuditLogView.changeList(entry)).all()).extracting(ListItem::getText)
                .containsExactly("name [en]: \"\" → \"OGL\"", "description [en]: \"\" → \"" + LONG_DESCRIPTION + "\"");
    }

    @Test
    void filteringByActionNarrowsTheList() {
        AuditLogView view = navigate(AuditLogView.class);

        test(view.action).selectItem("Froze");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).objectRepr()).isEqualTo("Mexico City (7)");
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
        assertThat(test(view.grid).getRow(0).action()).isEqualTo(AuditAction.FREEZE);
    }

    private List<String> row(AuditLogView view, int row) {
        return IntStream.range(0, 6).mapToObj(column -> test(view.grid).getCellText(row, column))
                .toList();
    }

    private void append(String at, String username, ObjectType type, String repr, AuditAction action,
            List<FieldChange> changes) {
        log.append(new AuditEntry(null, Instant.parse(at), null, username, type, null, repr, action, changes));
    }
}
