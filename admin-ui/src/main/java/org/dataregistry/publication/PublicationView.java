package org.dataregistry.publication;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.dataregistry.feedback.Confirmation;
import org.dataregistry.feedback.Notices;
import org.dataregistry.job.JobControl;
import org.dataregistry.job.JobSummary;
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.security.CurrentUser;
import org.dataregistry.security.Roles;
import org.dataregistry.shell.MainLayout;

/** One publication's page: its form, at {@code publications/<id>}, or an empty one at {@code publications/new}. */
@Route(value = "publications/:" + PublicationView.ID + "([0-9]+)", layout = MainLayout.class)
@RouteAlias(value = PublicationView.NEW, layout = MainLayout.class)
@RolesAllowed(Roles.VIEWER)
public class PublicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String NEW = "publications/new";

    final PublicationForm form;

    private final Publications publications;
    private final JobControl jobs;
    private final CurrentUser user;
    private String title = "";

    PublicationView(Publications publications, JobControl jobs, CountryFlags flags, CurrentUser user) {
        this.publications = publications;
        this.jobs = jobs;
        this.user = user;
        this.form = new PublicationForm(
                flags.fileNames(), publications.licenses(), publications.settingsBundles(), publications.spiders());
        setMaxWidth("72em");
        configureForm();
        add(form);
    }

    /** The route parameters of a stored publication's page. */
    public static RouteParameters parameters(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    /** Opens a stored publication's page. */
    static void open(long id) {
        UI.getCurrent().navigate(PublicationView.class, parameters(id));
    }

    /** Opens the page that adds a publication. */
    static void openNew() {
        UI.getCurrent().navigate(NEW);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong(ID).orElse(null);
        if (id == null && !user.hasRole(Roles.CONTRIBUTOR)) {
            Notices.error("Only contributors can add publications.");
            event.forwardTo(PublicationListView.class);
            return;
        }
        try {
            edit(id == null ? publications.newPublication() : publications.get(id));
        } catch (ActionRefusedException e) {
            Notices.error(e.getMessage());
            event.forwardTo(PublicationListView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void configureForm() {
        form.addSaveListener(event -> {
            if (Notices.attempt(() -> publications.save(event.getPublication()))) {
                Notices.success(
                        "Saved the publication \"" + event.getPublication().getTitle() + "\".");
                backToList();
            }
        });
        form.addSwitchListener(event -> confirmSwitch(event.getSwitch(), event.getPublication()));
        form.addDeleteListener(event -> confirmDelete(event.getPublication()));
        form.addRunNowListener(event -> RunNow.confirm(
                jobs,
                publications,
                event.getPublication().getId(),
                event.getPublication().auditName()));
        form.addCloseListener(event -> backToList());
    }

    private void confirmSwitch(PublicationSwitch toggle, Publication publication) {
        boolean on = !toggle.isOn(publication);
        PublicationSwitch.Flip flip = toggle.to(on);
        confirm(
                flip.action() + " \"" + publication.auditName() + "\"?",
                flip.consequence(),
                flip.action(),
                "primary",
                () -> {
                    toggle.set(publications, publication.getId(), on);
                    Notices.success(flip.done(publication.auditName()));
                    edit(publications.get(publication.getId()));
                });
    }

    private void confirmDelete(Publication publication) {
        confirm(
                "Delete \"" + publication.auditName() + "\"?",
                "Its jobs are deleted too. This can't be undone: to hide it from the public, unpublish it instead.",
                "Delete",
                "error primary",
                () -> {
                    publications.delete(publication.getId());
                    Notices.success("Deleted the publication \"" + publication.auditName() + "\".");
                    backToList();
                });
    }

    private static void confirm(String header, String text, String confirmText, String confirmTheme, Runnable action) {
        Confirmation.ask(header, text, confirmText, confirmTheme, () -> Notices.attempt(action));
    }

    private void edit(Publication publication) {
        boolean stored = publication.getId() != null;
        title = stored ? publication.auditName() : "New publication";
        List<JobSummary> successfulJobs = stored ? publications.successfulJobs(publication.getId()) : List.of();
        form.edit(publication, successfulJobs, user.hasRole(Roles.CONTRIBUTOR), user.hasRole(Roles.SUPERUSER));
        form.offerRunNow(user.hasRole(Roles.OPERATOR));
    }

    private static void backToList() {
        PublicationListView.openAsLeft();
    }
}
