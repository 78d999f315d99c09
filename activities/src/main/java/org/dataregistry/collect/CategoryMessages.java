package org.dataregistry.collect;

import java.util.List;

/**
 * The messages of one {@link LogCategory} in a Scrapy log.
 *
 * @param count how many there were, as logparser counts them (crawl statistics win over the lines found)
 * @param details each message in full, continuation lines (a traceback, a logged item) included
 */
record CategoryMessages(int count, List<String> details) {

    static final CategoryMessages NONE = new CategoryMessages(0, List.of());

    CategoryMessages {
        details = List.copyOf(details);
    }
}
