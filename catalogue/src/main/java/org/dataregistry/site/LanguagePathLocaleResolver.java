package org.dataregistry.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/** Spring MVC's locale for a public page: the language of its path ({@link LanguagePath}); it cannot be set. */
class LanguagePathLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return LanguagePath.locale(LanguagePath.languageOf(pathOf(request)));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language of a page is its path's: link to /es/... instead");
    }

    /** The request's path; for an error page, the path of the request that failed. */
    static String pathOf(HttpServletRequest request) {
        Object failed = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String failedUri ? failedUri : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }
}
