package org.dataregistry.site;

import java.net.URI;
import org.dataregistry.translation.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch, as the original's {@code /i18n/setlang/}: redirects to the same page in the chosen language.
 * It sets no cookie and opens no session; the language is carried by the path alone. Only paths of this site are
 * followed (never another host), and an unknown language keeps the page's.
 */
@PublicPage
class LanguageSwitchController {

    @RequestMapping(
            path = "/i18n/setlang/",
            method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<Void> switchLanguage(
            @RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "/") String next) {
        String target = localPathOf(next);
        Language chosen = languageNamed(language, LanguagePath.languageOf(pathPart(target)));
        String path = LanguagePath.in(chosen, LanguagePath.unprefixed(pathPart(target)));
        String query = target.contains("?") ? target.substring(target.indexOf('?')) : "";
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, path + query)
                .build();
    }

    /** {@code next} if it is a path on this site, else the home page: never a redirect to another host. */
    private static String localPathOf(String next) {
        if (!next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        try {
            URI uri = UriComponentsBuilder.fromUriString(next).build().toUri();
            return uri.getHost() == null && uri.getScheme() == null ? next : "/";
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
    }

    private static String pathPart(String target) {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    private static Language languageNamed(String code, Language otherwise) {
        for (Language language : Language.values()) {
            if (language.code().equals(code)) {
                return language;
            }
        }
        return otherwise;
    }
}
