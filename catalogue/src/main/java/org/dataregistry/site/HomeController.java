package org.dataregistry.site;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The home page, in every language: what the registry is, and the way to search it. */
@PublicPage
class HomeController {

    @GetMapping({"/", LanguagePath.PREFIX + "/"})
    String home() {
        return "home";
    }

    /** {@code /es} is the Spanish home page too. */
    @GetMapping(LanguagePath.PREFIX)
    String homeWithoutSlash(@PathVariable String lang) {
        return "redirect:/" + lang + "/";
    }
}
