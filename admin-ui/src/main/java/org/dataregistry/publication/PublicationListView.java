package org.dataregistry.publication;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.dataregistry.job.JobControl;
import org.dataregistry.job.JobSummary;
import org.dataregistry.job.JobView;
import org.dataregistry.layout.MainLayout;
import org.dataregistry.layout.Notices;
import org.dataregistry.layout.SearchField;
import org.dataregistry.layout.UtcTime;
import org.dataregistry.security.CurrentUser;
import org.dataregistry.security.Roles;

/**
 * The admin's home page: every publication, searched, filtered and sorted in the database a page at a time, with
 * the public and frozen switches, the health of its recent jobs and "Run now" at hand.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Publications")
@Menu(order = 1, title = "Publications", icon = "vaadin:records")
@RolesAllowed(Roles.VIEWER)
public class PublicationListView extends VerticalLayout {

    static final String ACTIVE_JOB = "activeJob";
    static final String RECENT_JOBS = "recentJobs";
    static final String RUN_NOW = "runNow";

    final Grid<PublicationSummary> grid = new Grid<>();
    final SearchField search;
    final Button add = new Button("Add publication");
    final PublicationFilters filters;

    private final PublicationFilter filter = new PublicationFilter();
    private final Publications publications;
    private final JobControl jobs;
    private final RecentJobsColumn recentJobs;
    private final CurrentUser user;

    PublicationListView(Publications publications, JobControl jobs, CurrentUser user) {
        this.publications = publications;
        this.user = user;
        this.jobs = jobs;
        this.recentJobs = new RecentJobsColumn(publications);
        this.search = new SearchField("Search title or country", words -> {
            filter.setSearch(words);
            updateList();
        });
        this.filters = new PublicationFilters(filter, this::updateList);
        setSizeFull();
        configureGrid();
        add(toolbar(), filters.beside(grid));
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addComponentColumn(publication -> new RouterLink(publication.label(), PublicationView.class,
                        PublicationView.parameters(publication.id())))
                .setHeader("Publication").setSortProperty(PublicationOrder.TITLE.name()).setWidth("12em").setFlexGrow(3);
        grid.addComponentColumn(PublicationListView::country)
                .setHeader("Country").setSortProperty(PublicationOrder.COUNTRY.name()).setWidth("8em").setFlexGrow(2);
        for (PublicationSwitch toggle : PublicationSwitch.values()) {
            grid.addComponentColumn(publication -> toggle(toggle, publication))
                    .setHeader(toggle.label()).setKey(toggle.name()).setSortProperty(toggle.order().name())
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addComponentColumn(PublicationListView::activeJob)
                .setHeader("Active job").setKey(ACTIVE_JOB).setSortProperty(PublicationOrder.ACTIVE_JOB.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(recentJobs::render).setHeader("Recent jobs").setKey(RECENT_JOBS).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(publication -> UtcTime.format(publication.lastReviewed()))
                .setHeader("Last reviewed").setSortProperty(PublicationOrder.LAST_REVIEWED.name()).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::runNow).setKey(RUN_NOW).setAutoWidth(true).setFlexGrow(0)
                .setVisible(user.hasRole(Roles.OPERATOR));
        grid.addItemClickListener(event -> PublicationView.open(event.getItem().id()));
        grid.setItems(query -> recentJobs.load(publications.find(filter, sorts(query), query.getOffset(),
                        query.getLimit())).stream(),
                query -> publications.count(filter));
    }

    private static List<PublicationOrder.Sort> sorts(Query<?, ?> query) {
        return query.getSortOrders().stream()
                .map(order -> new PublicationOrder.Sort(PublicationOrder.valueOf(order.getSorted()),
                        order.getDirection() == SortDirection.DESCENDING))
                .toList();
    }

    private static Component activeJob(PublicationSummary publication) {
        JobSummary job = publication.activeJob();
        return job == null ? new Span() : new RouterLink(job.label(), JobView.class, JobView.parameters(job.id()));
    }

    private Button runNow(PublicationSummary publication) {
        Button button = new Button("Run now", event -> RunNow.confirm(jobs, publication.id(), publication.label()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel("Run now: " + publication.label());
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

        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private void updateList() {
        grid.getDataProvider().refreshAll();
    }
}
