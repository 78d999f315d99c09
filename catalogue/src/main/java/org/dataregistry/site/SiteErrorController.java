package org.dataregistry.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that no public controller answered (an unknown path, a malformed request, a failure) get the same short
 * page as the others, in the language of the path that failed, whatever the client accepts: never a stack trace,
 * the container's page or a JSON body where a page was asked for.
 */
@Controller
class SiteErrorController implements ErrorController {

    private final SiteUrls urls;

    SiteErrorController(SiteUrls urls) {
        this.urls = urls;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status =
                code instanceof Integer value ? HttpStatusCode.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        return SiteErrorPage.of(urls.site(request), status, SiteErrorPage.messageKeyOf(status));
    }
}
