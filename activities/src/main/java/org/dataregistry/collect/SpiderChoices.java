package org.dataregistry.collect;

import java.util.List;

/**
 * The spiders a publication's source ID can name.
 *
 * @param spiders the Kingfisher Collect spiders Scrapyd offers, by name; empty when they could not be listed
 * @param problem why they could not be listed, for the form to show; {@code null} when they were
 */
public record SpiderChoices(List<String> spiders, String problem) {

    public SpiderChoices {
        spiders = List.copyOf(spiders);
    }

    static SpiderChoices unavailable(String problem) {
        return new SpiderChoices(List.of(), problem);
    }
}
