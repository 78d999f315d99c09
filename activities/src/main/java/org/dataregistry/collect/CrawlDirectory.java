package org.dataregistry.collect;

import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dataregistry.job.JobFiles;
import org.dataregistry.task.FailureTypes;

/**
 * Where Kingfisher Collect's files store keeps a crawl: {@code <files store>/<spider>/<YYYYMMDD_HHMMSS>}, named by the
 * crawl's data version.
 *
 * @param spiderDirectory the spider's directory, holding its crawls
 * @param path the crawl's directory
 */
record CrawlDirectory(Path spiderDirectory, Path path) {

    /**
     * The crawl's directory.
     *
     * @throws ApplicationFailure non-retryable {@link FailureTypes#INVALID_DATA} when the spider is not a directory
     *     name or the data version is not a crawl time: deleting what they name could delete something else
     */
    static CrawlDirectory of(Path filesStore, String spider, String dataVersion) {
        String name = name(dataVersion);
        if (spider == null
                || !spider.matches("[A-Za-z0-9_.-]+")
                || spider.matches("\\.+")
                || !name.matches("\\d{8}_\\d{6}")) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "Refusing to delete the crawl of spider '" + spider + "' with data version '" + dataVersion
                            + "': not a crawl directory",
                    FailureTypes.INVALID_DATA);
        }
        Path spiderDirectory = filesStore.resolve(spider);
        return new CrawlDirectory(spiderDirectory, spiderDirectory.resolve(name));
    }

    /**
     * The directory name Kingfisher Collect gives a data version: without {@code -} and {@code :}, a space or
     * {@code T} turned into {@code _}. {@code 2001-02-03 04:05:06} (as Kingfisher Collect logs it) and
     * {@code 2001-02-03T04:05:06} (as Kingfisher Process writes it) both give {@code 20010203_040506}.
     */
    static String name(String dataVersion) {
        return dataVersion.replace("-", "").replace(":", "").replace(' ', '_').replace('T', '_');
    }

    /** Deletes the crawl, then the spider's directory if no other crawl is left in it; whether there was a crawl. */
    boolean delete() throws IOException {
        boolean existed = Files.exists(path);
        JobFiles.deleteRecursively(path);
        if (Files.isDirectory(spiderDirectory)) {
            try (Stream<Path> crawls = Files.list(spiderDirectory)) {
                if (crawls.findAny().isEmpty()) {
                    Files.deleteIfExists(spiderDirectory);
                }
            } catch (DirectoryNotEmptyException e) {
                // A new crawl of the spider started meanwhile: its directory stays.
            }
        }
        return existed;
    }
}
