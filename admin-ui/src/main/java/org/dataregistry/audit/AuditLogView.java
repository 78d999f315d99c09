package org.dataregistry.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.dataregistry.layout.MainLayout;
import org.dataregistry.layout.UtcTime;
import org.dataregistry.security.Roles;

/** Who did what to which object, newest first; read-only. A row's details show its changes in full. */
@Route(value = "audit-log", layout = MainLayout.class)
@PageTitle("Audit log")
@Menu(order = 9, title = "Audit log", icon = "vaadin:records")
@RolesAllowed(Roles.VIEWER)
public class AuditLogView extends VerticalLayout {

    final ComboBox<String> user = new ComboBox<>("User");
    final ComboBox<ObjectType> objectType = new ComboBox<>("Object type");
    final ComboBox<AuditAction> action = new ComboBox<>("Action");
    final DateTimePicker from = new DateTimePicker("From (UTC)");
    final DateTimePicker until = new DateTimePicker("Until (UTC)");
    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);

    private final AuditEntries entries;

    AuditLogView(AuditEntries entries) {
        this.entries = entries;
        UtcTime.isoInput(from, until);
        setSizeFull();
        configureFilters();
        configureGrid();
        add(filters(), grid);
    }

    private void configureFilters() {
        user.setItems(entries.usernames());
        objectType.setItems(EnumSet.allOf(ObjectType.class));
        objectType.setItemLabelGenerator(ObjectType::label);
        action.setItems(EnumSet.allOf(AuditAction.class));
        action.setItemLabelGenerator(AuditAction::verb);
        for (ComboBox<?> box : List.of(user, objectType, action)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder("Any");
        }
        for (HasValue<?, ?> filter : List.<HasValue<?, ?>>of(user, objectType, action, from, until)) {
            filter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        }
    }

    private Component filters() {
        HorizontalLayout filters = new HorizontalLayout(user, objectType, action, from, until);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addColumn(entry -> UtcTime.format(entry.occurredAt())).setHeader("Time (UTC)").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::username).setHeader("User").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.objectType().label()).setHeader("Object type").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::objectRepr).setHeader("Object").setFlexGrow(1);
        grid.addColumn(entry -> entry.action().verb()).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> ChangeText.brief(entry.changes())).setHeader("Changes").setFlexGrow(3)
                .setTooltipGenerator(entry -> entry.changes().isEmpty() ? "" : "Click to see the changes in full.");
        grid.setItemDetailsRenderer(new ComponentRenderer<>(AuditLogView::changeList));
        grid.setItems(query -> entries.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> entries.count(filter()));
    }

    /** Every change of the entry with its values whole, line breaks kept. */
    static Component changeList(AuditEntry entry) {
        if (entry.changes().isEmpty()) {
            return new Span("No field values recorded.");
        }
        UnorderedList list = new UnorderedList();
        entry.changes().forEach(change -> list.add(new ListItem(change.toString())));
        list.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        return list;
    }

    private AuditFilter filter() {
        return new AuditFilter(user.getValue(), objectType.getValue(), null, action.getValue(), utc(from.getValue()),
                utc(until.getValue()));
    }

    private static Instant utc(LocalDateTime dateTime) {
        return dateTime == null ? null : dateTime.toInstant(ZoneOffset.UTC);
    }
}
