package org.dataregistry.publication;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dataregistry.job.JobView;
import org.dataregistry.job.RecentJob;

/**
 * The publication list's "Recent jobs" column: loads the recent jobs of each page of rows in one query as the grid
 * fetches it, then draws each row's {@link JobHealth} as small coloured squares linking to the jobs.
 */
class RecentJobsColumn {

    private final Publications publications;
    private final Map<Long, List<RecentJob>> loaded = new HashMap<>();

    RecentJobsColumn(Publications publications) {
        this.publications = publications;
    }

    /** Loads the recent jobs of a page of rows the grid is fetching; returns the page. */
    List<PublicationSummary> load(List<PublicationSummary> page) {
        List<Long> ids = page.stream().map(PublicationSummary::id).toList();
        ids.forEach(loaded::remove);
        loaded.putAll(publications.recentJobs(ids));
        return page;
    }

    Component render(PublicationSummary publication) {
        JobHealth health = JobHealth.of(
                publication.frozen(),
                publication.retrievalFrequency(),
                loaded.getOrDefault(publication.id(), List.of()));
        Span cell = new Span();
        if (health.frozen()) {
            cell.add(new Text(JobHealth.SNOWFLAKE + " "));
        }
        if (!health.sentence().isEmpty()) {
            cell.add(new Text(health.sentence()));
        }
        health.squares().forEach(square -> cell.add(square(square)));
        return cell;
    }

    private static RouterLink square(JobHealth.Square square) {
        RouterLink link = new RouterLink(
                square.glyph().isEmpty() ? "\u00a0" : square.glyph(),
                JobView.class,
                JobView.parameters(square.job().id()));
        link.getElement().setAttribute("title", square.title());
        link.getElement()
                .setAttribute("aria-label", (square.unsuccessful() ? "Unsuccessful job " : "Job ") + square.title());
        link.getStyle()
                .set("display", "inline-block")
                .set("width", "1.25em")
                .set("margin-right", "1px")
                .set("text-align", "center")
                .set("text-decoration", "none")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set(
                        "color",
                        square.unsuccessful()
                                ? "var(--lumo-error-contrast-color)"
                                : "var(--lumo-success-contrast-color)")
                .set(
                        "background-color",
                        square.unsuccessful() ? "var(--lumo-error-color)" : "var(--lumo-success-color)");
        return link;
    }
}
