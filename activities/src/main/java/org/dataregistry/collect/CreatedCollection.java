package org.dataregistry.collect;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kingfisher Process collection a crawl feeds, as Kingfisher Collect logs it when the crawl opens:
 * {@code Created collection 469 in Kingfisher Process (2025-01-30 00:00:07)}.
 *
 * @param processId the collection id, as logged
 * @param dataVersion the crawl's start time, as logged
 */
record CreatedCollection(String processId, String dataVersion) {

    private static final Pattern LINE = Pattern.compile("Created collection (.+) in Kingfisher Process \\(([^)]+)\\)");

    /** The collection a log line names, if it does. */
    static Optional<CreatedCollection> in(String line) {
        Matcher matcher = LINE.matcher(line);
        return matcher.find()
                ? Optional.of(new CreatedCollection(matcher.group(1), matcher.group(2)))
                : Optional.empty();
    }

    /** The first collection a log names, reading no further than its line. */
    static Optional<CreatedCollection> firstIn(BufferedReader log) throws IOException {
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            Optional<CreatedCollection> collection = in(line);
            if (collection.isPresent()) {
                return collection;
            }
        }
        return Optional.empty();
    }
}
