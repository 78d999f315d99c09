package org.dataregistry.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

/**
 * A page shown, inside the admin shell, instead of a view that can't be shown: what happened in plain words and a
 * link to the home page (the publications), instead of Vaadin's bare "Could not navigate" message.
 *
 * @param <E> the navigation error it explains
 */
public abstract class ErrorPage<E extends Exception> extends VerticalLayout implements HasErrorParameter<E> {

    /** Public so that the view tests, in each feature's package, can follow it. */
    public final RouterLink home = new RouterLink();

    private final H2 heading = new H2();
    private final Paragraph explanation = new Paragraph();

    protected ErrorPage() {
        home.setText("Go to the publications");
        RouteConfiguration.forApplicationScope().getRoute("").ifPresent(home::setRoute);
        add(heading, explanation, home);
    }

    /** Says what happened; returns {@code status}, the HTTP status of the page. */
    protected int explain(String heading, String explanation, int status) {
        this.heading.setText(heading);
        this.explanation.setText(explanation);
        return status;
    }
}
