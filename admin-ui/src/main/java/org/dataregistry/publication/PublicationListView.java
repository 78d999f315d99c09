package org.dataregistry.publication;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataregistry.feedback.Notices;
import org.dataregistry.filter.SearchField;
import org.dataregistry.job.JobControl;
import org.dataregistry.job.JobSummary;
import org.dataregistry.job.JobView;
import org.dataregistry.security.CurrentUser;
import org.dataregistry.security.Roles;
import org.dataregistry.shell.MainLayout;
import org.dataregistry.time.UtcTime;

/**
 * The admin's home page: every publication, searched, filtered and sorted in the database a page at a time, with
 * the public and frozen switches, the health of its recent jobs and "Run now" at hand.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Publications")
@Menu(order = 1, title = "Publications", icon = "vaadin:records")
@RolesAllowed(Roles.VIEWER)
public class PublicationListView extends VerticalLayout implements BeforeEnterObserver {

    static final String ACTIVE_JOB = "activeJob";
    static final String RECENT_JOBS = "recentJobs";
    static final String RUN_NOW = "runNow";
    /** The query parameter of the search box's words; the sidebar's filters are named after their labels. */
    static final String SEARCH = "search";
    /** Where the browser tab keeps the list's last search and filters, for the way back from a publication. */
    private static final String LEFT_WITH = PublicationListView.class.getName() + ".query";

    final Grid<PublicationSummary> grid = new Grid<>();
    final SearchField search;
    final Button add = new Button("Add publication");
    final PublicationFilters filters;
    /** How many publications match, e.g. "12 publications". */
    final Span count = new Span();

    private final PublicationFilter filter = new PublicationFilter();
    private final Publications publications;
    private final JobControl jobs;
    private final RecentJobsColumn recentJobs;
    private final CurrentUser user;
    /** While the search and filters are set from the address, their changes don't change it again. */
    private boolean readingAddress;

    PublicationListView(Publications publications, JobControl jobs, CurrentUser user) {
        this.publications = publications;
        this.user = user;
        this.jobs = jobs;
        this.recentJobs = new RecentJobsColumn(publications);
        this.search = new SearchField("Search title or country", words -> {
            filter.setSearch(words);
            showInAddress();
        });
        this.filters = new PublicationFilters(filter, this::showInAddress);
        setSizeFull();
        configureGrid();
        add(toolbar(), filters.beside(grid));
    }

    /** Opens the list with the search and filters it had when the user left it (e.g. for a publication's page). */
    static void openAsLeft() {
        QueryParameters left = (QueryParameters) ComponentUtil.getData(UI.getCurrent(), LEFT_WITH);
        UI.getCurrent().navigate(PublicationListView.class, left == null ? QueryParameters.empty() : left);
    }

    /** Shows the publications that the address's search and filters ask for (a bookmark, Back, or a change here). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ComponentUtil.setData(UI.getCurrent(), LEFT_WITH, event.getLocation().getQueryParameters());
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        readingAddress = true;
        try {
            search.setValue(parameters.getOrDefault(SEARCH, List.of("")).getFirst());
            filters.read(parameters);
        } finally {
            readingAddress = false;
        }
        updateList();
    }

    /** Puts the search and filters in the address, as a new history entry: the list then follows the address. */
    private void showInAddress() {
        if (readingAddress) {
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            parameters.put(SEARCH, search.getValue().strip());
        }
        parameters.putAll(filters.parameters());
        UI.getCurrent().navigate(PublicationListView.class, QueryParameters.simple(parameters));
    }

    /**
     * Every column fits beside the filters at 1280 px: the cells are compact and wrap (a long title, the recent jobs'
     * squares, the active job's dates) instead of widening their column, and "Run now" is an icon with a tooltip.
     */
    private void configureGrid() {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(publication -> new RouterLink(
                        publication.label(), PublicationView.class, PublicationView.parameters(publication.id())))
                .setHeader("Publication")
                .setSortProperty(PublicationOrder.TITLE.name())
                .setWidth("7.5em")
                .setFlexGrow(3);
        grid.addComponentColumn(PublicationListView::country)
                .setHeader("Country")
                .setSortProperty(PublicationOrder.COUNTRY.name())
                .setWidth("5.5em")
                .setFlexGrow(2);
        for (PublicationSwitch toggle : PublicationSwitch.values()) {
            grid.addComponentColumn(publication -> toggle(toggle, publication))
                    .setHeader(toggle.label())
                    .setKey(toggle.name())
                    .setSortProperty(toggle.order().name())
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addComponentColumn(PublicationListView::activeJob)
                .setHeader("Active job")
                .setKey(ACTIVE_JOB)
                .setSortProperty(PublicationOrder.ACTIVE_JOB.name())
                .setWidth("6.5em")
                .setFlexGrow(1);
        grid.addComponentColumn(recentJobs::render)
                .setHeader("Recent jobs")
                .setKey(RECENT_JOBS)
                .setWidth("7em")
                .setFlexGrow(1);
        grid.addColumn(publication -> UtcTime.format(publication.lastReviewed()))
                .setHeader("Last reviewed")
                .setSortProperty(PublicationOrder.LAST_REVIEWED.name())
                .setWidth("6.5em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::runNow)
                .setKey(RUN_NOW)
                .setWidth("3em")
                .setFlexGrow(0)
                .setVisible(user.hasRole(Roles.OPERATOR));
        grid.addItemClickListener(event -> PublicationView.open(event.getItem().id()));
        grid.setItems(
                query ->
                        recentJobs
                                .load(publications.find(filter, sorts(query), query.getOffset(), query.getLimit()))
                                .stream(),
                query -> showCount(publications.count(filter)));
    }

    private int showCount(int matching) {
        count.setText(matching == 1 ? "1 publication" : matching + " publications");
        return matching;
    }

    private static List<PublicationOrder.Sort> sorts(Query<?, ?> query) {
        return query.getSortOrders().stream()
                .map(order -> new PublicationOrder.Sort(
                        PublicationOrder.valueOf(order.getSorted()), order.getDirection() == SortDirection.DESCENDING))
                .toList();
    }

    private static Component activeJob(PublicationSummary publication) {
        JobSummary job = publication.activeJob();
        return job == null ? new Span() : new RouterLink(job.label(), JobView.class, JobView.parameters(job.id()));
    }

    private Button runNow(PublicationSummary publication) {
        Button button = new Button(
                VaadinIcon.PLAY.create(),
                event -> RunNow.confirm(jobs, publications, publication.id(), publication.label()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel("Run now: " + publication.label());
        button.setTooltipText("Run now");
        return button;
    }

    private static Component country(PublicationSummary publication) {
        return new Span(new FlagImage(publication.countryFlag()), new Text(publication.country()));
    }

    /** The switch as a check box, flipped through the facade; read-only for those who can't change it. */
    private Checkbox toggle(PublicationSwitch toggle, PublicationSummary publication) {
        Checkbox checkbox = new Checkbox(toggle.isOn(publication));
        checkbox.setAriaLabel(toggle.label() + ": " + publication.label());
        checkbox.setReadOnly(!user.hasRole(Roles.CONTRIBUTOR));
        checkbox.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            boolean on = event.getValue();
            if (Notices.attempt(() -> toggle.set(publications, publication.id(), on))) {
                Notices.success(toggle.to(on).done(publication.label()));
            }
            updateList();
        });
        return checkbox;
    }

    private Component toolbar() {
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> PublicationView.openNew());
        add.setVisible(user.hasRole(Roles.CONTRIBUTOR));

        count.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout toolbar = new HorizontalLayout(search, count, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private void updateList() {
        grid.getDataProvider().refreshAll();
    }
}
