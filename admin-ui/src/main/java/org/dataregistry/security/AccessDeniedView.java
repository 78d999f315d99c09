package org.dataregistry.security;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.dataregistry.shell.ErrorPage;
import org.dataregistry.shell.MainLayout;

/**
 * What a signed-in user sees on opening a view their groups don't give access to, e.g. a Viewer opening Users
 * (Vaadin reroutes there from the view's {@code @RolesAllowed}): which page, why, whom to ask, and a way home.
 */
@ParentLayout(MainLayout.class)
@PageTitle("No access")
@PermitAll
public class AccessDeniedView extends ErrorPage<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return explain(
                "You don't have access to this page",
                "Your account's groups don't let you open \""
                        + event.getLocation().getPath() + "\". "
                        + "If you need it, ask a superuser to add you to the group that may.",
                HttpServletResponse.SC_FORBIDDEN);
    }
}
