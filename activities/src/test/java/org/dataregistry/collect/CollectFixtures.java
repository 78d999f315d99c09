package org.dataregistry.collect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures on the class path, under {@code /fixtures}: real Scrapy logs and sample OCDS data. */
final class CollectFixtures {

    private CollectFixtures() {}

    /** A fixture's bytes, e.g. {@code "scrapy-logs/log1.log"}. */
    static byte[] bytes(String name) {
        try (InputStream in = CollectFixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** A Scrapy log of {@code scrapy-logs}, read. */
    static ScrapyLog scrapyLog(String name) {
        return ScrapyLog.parse(text("scrapy-logs/" + name));
    }
}
