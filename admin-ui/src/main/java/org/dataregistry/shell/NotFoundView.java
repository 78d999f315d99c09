package org.dataregistry.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An admin address that leads nowhere, e.g. a mistyped one or a deleted publication's: says so, with a way home. */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found")
@PermitAll
public class NotFoundView extends ErrorPage<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return explain(
                "Page not found",
                "There is no page at \"" + event.getLocation().getPath() + "\" in the admin UI.",
                HttpServletResponse.SC_NOT_FOUND);
    }
}
