package org.dataregistry.site;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/** The short page, in the page's language, that answers a public request with an error status. */
final class SiteErrorPage {

    private SiteErrorPage() {}

    static ModelAndView of(Site site, HttpStatusCode status, String messageKey) {
        ModelAndView page =
                new ModelAndView("error", Map.of("site", site, "status", status.value(), "messageKey", messageKey));
        page.setStatus(status);
        return page;
    }

    /** The message of a status no controller chose: not found, bad request, or that something went wrong. */
    static String messageKeyOf(HttpStatusCode status) {
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return "error.notFound";
        }
        return status.is4xxClientError() ? "error.badRequest" : "error.serverError";
    }
}
