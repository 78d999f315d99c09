package org.dataregistry.site;

import org.dataregistry.translation.Language;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The home page, in every language: what the registry is, how much it holds, the publications with the newest data,
 * and the way to search it.
 */
@PublicPage
class HomeController {

    /** Publications with new data the home page lists. */
    static final int LATEST = 6;

    /** The home page's facts for one language and kind of visitor, kept until the catalogue changes. */
    private record Facts(Language language, boolean signedIn) {}

    private final HomeQueries queries;
    private final CatalogueCache cache;

    HomeController(HomeQueries queries, CatalogueCache cache) {
        this.queries = queries;
        this.cache = cache;
    }

    @GetMapping({"/", LanguagePath.PREFIX + "/"})
    String home(Language language, Visitor visitor, Model model) {
        model.addAttribute(
                "facts",
                cache.get(new Facts(language, visitor.signedIn()), () -> queries.facts(language, visitor, LATEST)));
        return "home";
    }

    /** {@code /es} is the Spanish home page too. */
    @GetMapping(LanguagePath.PREFIX)
    String homeWithoutSlash(@PathVariable String lang) {
        return "redirect:/" + lang + "/";
    }
}
