package org.dataregistry.job;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dataregistry.filter.SearchField;
import org.dataregistry.security.Roles;
import org.dataregistry.shell.MainLayout;

/**
 * Every job, newest first, searched by publication and filtered in the database a page at a time. The search and
 * filters are in the address (bookmarkable; Back returns to the filters before), the number of matching jobs is
 * shown, and the list refreshes itself every 2 seconds while a job that matches hasn't completed. Four columns fit
 * a 1280 px screen beside the filters: the job, its publication (title, then country), its status with the last
 * task it completed, and its flags.
 */
@Route(value = "jobs", layout = MainLayout.class)
@PageTitle("Jobs")
@Menu(order = 4, title = "Jobs", icon = "vaadin:tasks")
@RolesAllowed(Roles.VIEWER)
public class JobListView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter of the search box's words; the sidebar's filters are named after their labels. */
    static final String SEARCH = "search";

    final Grid<JobRow> grid = new Grid<>();
    final SearchField search;
    final JobFilters filters;
    final Span count = new Span();

    private final JobFilter filter = new JobFilter();
    private final JobDirectory jobs;
    private final Polling polling = new Polling(this, this::updateList);
    private boolean followingAddress;
    private boolean addressUpdatePending;

    JobListView(JobDirectory jobs) {
        this.jobs = jobs;
        this.search = new SearchField("Search publication title or country", words -> {
            filter.setSearch(words);
            filterChanged();
        });
        this.filters = new JobFilters(filter, this::filterChanged);
        setSizeFull();
        configureGrid();
        count.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout toolbar = new HorizontalLayout(search, count);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(toolbar, filters.beside(grid));
    }

    /** Shows the jobs the address asks for: on opening the list, on Back and Forward, and from a bookmark. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        String words = parameters.getOrDefault(SEARCH, List.of("")).getFirst();
        followingAddress = true;
        try {
            search.setValue(words);
            filter.setSearch(words.isBlank() ? null : words);
            filters.read(parameters);
        } finally {
            followingAddress = false;
        }
        updateList();
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(row -> new RouterLink(
                        row.job().label(),
                        JobView.class,
                        JobView.parameters(row.job().id())))
                .setHeader("Job")
                .setWidth("12em")
                .setFlexGrow(0);
        grid.addComponentColumn(JobListView::publication)
                .setHeader("Publication")
                .setWidth("11em")
                .setFlexGrow(2);
        grid.addComponentColumn(JobListView::status)
                .setHeader("Status")
                .setWidth("9em")
                .setFlexGrow(0);
        grid.addColumn(JobListView::flags)
                .setHeader("Flags")
                .setWidth("9em")
                .setFlexGrow(1)
                .setTooltipGenerator(row -> "Active: its publication's active job. Temporary data deleted: the "
                        + "collected and processed data is gone. Preserves temporary data: kept after the job.");
        grid.addItemClickListener(event -> JobView.open(event.getItem().job().id()));
        grid.setItems(
                query -> jobs.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> showCount(jobs.count(filter)));
    }

    /** The publication's title, its country beneath. */
    private static Component publication(JobRow row) {
        return twoLines(row.publicationTitle(), row.publicationCountry());
    }

    /** The job's status, the last task it completed beneath, e.g. "RUNNING", "last completed: pull (3/5)". */
    private static Component status(JobRow row) {
        String last = row.lastCompletedTaskLabel();
        return twoLines(row.job().status().name(), last.isEmpty() ? "" : "last completed: " + last);
    }

    /** What the original showed in three Yes/No columns, as the words that apply, e.g. "Active · Preserves data". */
    static String flags(JobRow row) {
        StringBuilder flags = new StringBuilder();
        append(flags, row.active(), "Active");
        append(flags, row.wiped(), "Temporary data deleted");
        append(flags, row.keepAllData(), "Preserves temporary data");
        return flags.toString();
    }

    private static void append(StringBuilder flags, boolean on, String flag) {
        if (on) {
            flags.append(flags.isEmpty() ? "" : " · ").append(flag);
        }
    }

    private static Component twoLines(String first, String second) {
        Div cell = new Div(new Span(first));
        if (!second.isEmpty()) {
            Div below = new Div(second);
            below.getStyle()
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            cell.add(below);
        }
        return cell;
    }

    private void filterChanged() {
        if (followingAddress) {
            return;
        }
        updateList();
        // Once per round trip: "Clear filters" changes several filters, and Back should undo them all at once.
        if (!addressUpdatePending) {
            addressUpdatePending = true;
            getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> {
                addressUpdatePending = false;
                showFiltersInAddress(ui);
            }));
        }
    }

    private void showFiltersInAddress(UI ui) {
        Map<String, String> chosen = new LinkedHashMap<>();
        if (filter.getSearch() != null && !filter.getSearch().isBlank()) {
            chosen.put(SEARCH, filter.getSearch().strip());
        }
        chosen.putAll(filters.parameters());
        QueryParameters parameters = QueryParameters.simple(chosen);
        Location shown = ui.getInternals().getActiveViewLocation();
        if (!parameters.getQueryString().equals(shown.getQueryParameters().getQueryString())) {
            ui.navigate(JobListView.class, parameters);
        }
    }

    /** Shows the number of matching jobs as the grid counts them, rather than counting them a second time. */
    private int showCount(int matching) {
        count.setText(String.format(Locale.ENGLISH, matching == 1 ? "%,d job" : "%,d jobs", matching));
        return matching;
    }

    private void updateList() {
        grid.getDataProvider().refreshAll();
        polling.pollWhile(jobs.anyIncomplete(filter));
    }
}
