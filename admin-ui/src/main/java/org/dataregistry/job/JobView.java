package org.dataregistry.job;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dataregistry.feedback.Notices;
import org.dataregistry.job.FactSheet.Fact;
import org.dataregistry.publication.PublicationView;
import org.dataregistry.pull.JobCounts;
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.security.CurrentUser;
import org.dataregistry.security.Roles;
import org.dataregistry.shell.MainLayout;
import org.dataregistry.time.UtcTime;
import tools.jackson.databind.json.JsonMapper;

/**
 * One job's page, at {@code jobs/<id>}, in the original admin's fieldsets: Management (with the context and the
 * links to the workflow and the crawl's log), the tasks, their notes ("Logs"), Overview, Data availability and the
 * workflow's history. While the job hasn't completed the page refreshes itself every 2 seconds, with each running
 * task's progress. An operator can cancel, restart and preserve the job from here.
 */
@Route(value = "jobs/:" + JobView.ID + "([0-9]+)", layout = MainLayout.class)
@RolesAllowed(Roles.VIEWER)
public class JobView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final JobActions actions;
    final HorizontalLayout links = new HorizontalLayout();
    final FactSheet management = new FactSheet("Management");
    final JobTasks tasks = new JobTasks();
    final TaskNotesSection notes = new TaskNotesSection();
    final FactSheet overview = new FactSheet("Overview");
    final FactSheet dataAvailability = new FactSheet("Data availability");
    final WorkflowHistorySection history = new WorkflowHistorySection();

    private final JobDirectory jobs;
    private final H2 heading = new H2();
    private final Polling polling = new Polling(this, this::reload);
    private long jobId;
    private String title = "";

    JobView(JobDirectory jobs, JobControl control, CurrentUser user) {
        this.jobs = jobs;
        this.actions = new JobActions(control, user.hasRole(Roles.OPERATOR), this::reload);
        setMaxWidth("80em");
        heading.getStyle().set("margin", "0");
        add(
                heading,
                actions,
                links,
                management,
                section("Tasks", tasks),
                section("Logs", notes),
                overview,
                dataAvailability,
                section("Workflow history", history));
    }

    /** The route parameters of a job's page. */
    public static RouteParameters parameters(long jobId) {
        return new RouteParameters(ID, String.valueOf(jobId));
    }

    /** Opens a job's page. */
    public static void open(long jobId) {
        UI.getCurrent().navigate(JobView.class, parameters(jobId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        jobId = event.getRouteParameters().getLong(ID).orElseThrow();
        history.clear();
        try {
            show(jobs.get(jobId));
        } catch (ActionRefusedException e) {
            Notices.error(e.getMessage());
            event.forwardTo(JobListView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Shows the job as it is now: after an action, and every few seconds while it hasn't completed. */
    private void reload() {
        if (!Notices.attempt(() -> show(jobs.get(jobId)))) {
            polling.pollWhile(false);
        }
    }

    private void show(JobDetail job) {
        title = "Job " + job.job().label();
        heading.setText(title);
        actions.show(job);
        showLinks(job);
        management.show(managementFacts(job));
        tasks.show(job.tasks(), jobs.running(job));
        notes.show(job.tasks());
        overview.show(List.of(
                Fact.of("Minimum release date", Objects.toString(job.dateFrom(), "")),
                Fact.of("Maximum release date", Objects.toString(job.dateTo(), "")),
                Fact.of("OCID prefix", job.ocidPrefix()),
                new Fact("License", new LinkifiedText(job.license())),
                new Fact("Publication policy", new LinkifiedText(job.publicationPolicy()))));
        dataAvailability.show(counts(job.counts()));
        showHistory();
        polling.pollWhile(job.job().status() != JobStatus.COMPLETED);
    }

    private void showHistory() {
        try {
            history.show(jobs.history(jobId));
        } catch (ActionRefusedException e) {
            history.unavailable(e.getMessage());
        }
    }

    private void showLinks(JobDetail job) {
        links.removeAll();
        jobs.workflowUrl(job.job().id())
                .ifPresent(url -> links.add(new Anchor(url, "Workflow in the Temporal Web UI", AnchorTarget.BLANK)));
        job.scrapyLog().ifPresent(url -> links.add(new Anchor(url, "Scrapy log", AnchorTarget.BLANK)));
        links.setVisible(links.getComponentCount() > 0);
    }

    private static List<Fact> managementFacts(JobDetail job) {
        List<Fact> facts = new ArrayList<>(List.of(
                new Fact(
                        "Publication",
                        new RouterLink(
                                job.publicationLabel(),
                                PublicationView.class,
                                PublicationView.parameters(job.publicationId()))),
                Fact.of("Active", YesNo.of(job.active())),
                Fact.of("Status", job.job().status().name()),
                Fact.of("Started (UTC)", UtcTime.format(job.job().start())),
                Fact.of("Ended (UTC)", UtcTime.format(job.job().end())),
                Fact.of("Temporary data deleted", YesNo.of(job.wiped())),
                Fact.of("Preserve temporary data", YesNo.of(job.keepAllData()))));
        job.cancelledBy()
                .ifPresent(user -> facts.add(Fact.of(
                        "Cancelled by",
                        user + job.cancelReason().map(reason -> ": " + reason).orElse(""))));
        facts.add(new Fact("Context", context(job.contextEntries())));
        return facts;
    }

    /** The context's entries by key, each value as text (JSON for a list or an object), addresses linked. */
    private static Component context(Map<String, Object> context) {
        if (context.isEmpty()) {
            return new Paragraph("Empty");
        }
        return FactSheet.nested(context.entrySet().stream()
                .map(entry -> new Fact(entry.getKey(), new LinkifiedText(text(entry.getValue()))))
                .toList());
    }

    private static String text(Object value) {
        return value instanceof String || value == null ? Objects.toString(value, "") : JSON.writeValueAsString(value);
    }

    /** The 14 counts, labelled as the original's "Data availability", with thousands separators. */
    private static List<Fact> counts(JobCounts counts) {
        return List.of(
                count("Parties", counts.parties()),
                count("Planning", counts.plannings()),
                count("Tenders", counts.tenders()),
                count("Tenderers", counts.tenderers()),
                count("Tender items", counts.tendersItems()),
                count("Awards", counts.awards()),
                count("Award items", counts.awardsItems()),
                count("Suppliers", counts.awardsSuppliers()),
                count("Contracts", counts.contracts()),
                count("Contract items", counts.contractsItems()),
                count("Transactions", counts.contractsTransactions()),
                count("Documents", counts.documents()),
                count("Milestones", counts.milestones()),
                count("Amendments", counts.amendments()));
    }

    private static Fact count(String label, long count) {
        return Fact.of(label, String.format(Locale.ENGLISH, "%,d", count));
    }

    private static Component section(String title, Component content) {
        FieldSet fieldSet = new FieldSet(title, content);
        fieldSet.setWidthFull();
        fieldSet.getStyle().set("box-sizing", "border-box");
        return fieldSet;
    }
}
