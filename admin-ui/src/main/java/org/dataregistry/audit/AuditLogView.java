package org.dataregistry.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.dataregistry.security.CurrentUser;
import org.dataregistry.security.Roles;
import org.dataregistry.shell.MainLayout;
import org.dataregistry.time.UtcTime;

/**
 * Who did what to which object, newest first; read-only. Users and objects link to their pages while they exist;
 * values show as the forms show them. A row's details show its changes in full.
 */
@Route(value = "audit-log", layout = MainLayout.class)
@PageTitle("Audit log")
@Menu(order = 9, title = "Audit log", icon = "vaadin:records")
@RolesAllowed(Roles.VIEWER)
public class AuditLogView extends VerticalLayout {

    final TextField search = new TextField("Search");
    final ComboBox<String> user = new ComboBox<>("User");
    final ComboBox<ObjectType> objectType = new ComboBox<>("Object type");
    final ComboBox<AuditAction> action = new ComboBox<>("Action");
    final DateTimePicker from = new DateTimePicker("From (UTC)");
    final DateTimePicker until = new DateTimePicker("Until (UTC)");
    final Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);

    private final AuditEntries entries;
    private final ObjectLinks links;

    AuditLogView(AuditEntries entries, CurrentUser currentUser) {
        this.entries = entries;
        this.links = new ObjectLinks(currentUser.hasRole(Roles.SUPERUSER));
        UtcTime.isoInput(from, until);
        setSizeFull();
        configureFilters();
        configureGrid();
        add(filters(), grid);
    }

    private void configureFilters() {
        search.setPlaceholder("Who, object or change");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("14em");
        user.setItems(entries.usernames());
        objectType.setItems(EnumSet.allOf(ObjectType.class));
        objectType.setItemLabelGenerator(ObjectType::label);
        action.setItems(EnumSet.allOf(AuditAction.class));
        action.setItemLabelGenerator(AuditAction::verb);
        for (ComboBox<?> box : List.of(user, objectType, action)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder("Any");
            box.setWidth("10em");
        }
        for (HasValue<?, ?> filter : List.<HasValue<?, ?>>of(search, user, objectType, action, from, until)) {
            filter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        }
    }

    private Component filters() {
        HorizontalLayout filters = new HorizontalLayout(search, user, objectType, action, from, until);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addColumn(row -> UtcTime.format(row.entry().occurredAt()))
                .setHeader("Time (UTC)")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(row -> links.of(row.user()))
                .setHeader("User")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.entry().objectType().label())
                .setHeader("Object type")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(row -> links.of(row.object()))
                .setHeader("Object")
                .setFlexGrow(1);
        grid.addColumn(row -> row.entry().action().verb())
                .setHeader("Action")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(row -> ChangeText.brief(row.changes(), links))
                .setHeader("Changes")
                .setFlexGrow(3)
                .setTooltipGenerator(row -> row.changes().isEmpty() ? "" : "Click to see the changes in full.");
        grid.setItemDetailsRenderer(new ComponentRenderer<>(row -> ChangeText.list(row.changes(), links)));
        grid.setItems(
                query -> entries.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> entries.count(filter()));
    }

    private AuditFilter filter() {
        return new AuditFilter(
                user.getValue(),
                objectType.getValue(),
                null,
                action.getValue(),
                utc(from.getValue()),
                utc(until.getValue()),
                search.getValue());
    }

    private static Instant utc(LocalDateTime dateTime) {
        return dateTime == null ? null : dateTime.toInstant(ZoneOffset.UTC);
    }
}
