package org.dataregistry.job;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.dataregistry.layout.MainLayout;
import org.dataregistry.layout.SearchField;
import org.dataregistry.security.Roles;

/** Every job, newest first, searched by publication and filtered in the database a page at a time. */
@Route(value = "jobs", layout = MainLayout.class)
@PageTitle("Jobs")
@Menu(order = 4, title = "Jobs", icon = "vaadin:tasks")
@RolesAllowed(Roles.VIEWER)
public class JobListView extends VerticalLayout {

    final Grid<JobRow> grid = new Grid<>();
    final SearchField search;
    final JobFilters filters;

    private final JobFilter filter = new JobFilter();
    private final JobDirectory jobs;

    JobListView(JobDirectory jobs) {
        this.jobs = jobs;
        this.search = new SearchField("Search publication title or country", words -> {
            filter.setSearch(words);
            updateList();
        });
        this.filters = new JobFilters(filter, this::updateList);
        setSizeFull();
        configureGrid();
        add(search, filters.beside(grid));
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addComponentColumn(row -> new RouterLink(row.job().label(), JobView.class,
                        JobView.parameters(row.job().id())))
                .setHeader("Job").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(JobRow::publicationCountry).setHeader("Country").setWidth("8em").setFlexGrow(1);
        grid.addColumn(JobRow::publicationTitle).setHeader("Publication").setWidth("12em").setFlexGrow(3);
        grid.addColumn(row -> row.job().status().name()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(JobRow::lastCompletedTaskLabel).setHeader("Last completed task").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> YesNo.of(row.active())).setHeader("Active").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> YesNo.of(row.archived())).setHeader("Temporary data deleted").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> YesNo.of(row.keepAllData())).setHeader("Preserve temporary data").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(event -> JobView.open(event.getItem().job().id()));
        grid.setItems(query -> jobs.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> jobs.count(filter));
    }

    private void updateList() {
        grid.getDataProvider().refreshAll();
    }
}
