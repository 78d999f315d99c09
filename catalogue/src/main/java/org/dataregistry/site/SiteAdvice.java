package org.dataregistry.site;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/** Gives every public page its {@link Site} and answers its {@link PageException}s with the error page. */
@ControllerAdvice(annotations = PublicPage.class)
class SiteAdvice {

    private final SiteUrls urls;

    SiteAdvice(SiteUrls urls) {
        this.urls = urls;
    }

    @ModelAttribute("site")
    Site site(HttpServletRequest request) {
        return urls.site(request);
    }

    @ExceptionHandler(PageException.class)
    ModelAndView refused(PageException refusal, HttpServletRequest request) {
        return SiteErrorPage.of(urls.site(request), refusal.status(), refusal.messageKey());
    }
}
