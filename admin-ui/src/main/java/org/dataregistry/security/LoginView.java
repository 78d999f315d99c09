package org.dataregistry.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route("login")
@PageTitle("Sign in | Data Registry")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        add(
                new H1("Data Registry administration"),
                new Paragraph("Sign in to manage publications, licenses and jobs."),
                login);
    }

    private static LoginI18n messages(String title, String message) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean throttled = parameters.containsKey(ThrottledSignIns.THROTTLED);
        login.setI18n(
                throttled
                        ? messages(
                                "Too many failed sign-ins",
                                "After " + LoginThrottle.FREE_FAILURES
                                        + " wrong passwords, signing in to this account or from your address is paused for a minute, "
                                        + "then longer after each further failure. Wait, then try again; a superuser can reset your "
                                        + "password if you have forgotten it.")
                        : messages(
                                "Couldn't sign you in",
                                "Check the username and password. An account also needs to be "
                                        + "active and in a group: ask a superuser if you are unsure."));
        login.setError(throttled || parameters.containsKey("error"));
    }
}
