package org.dataregistry.settings;

import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One Scrapy setting passed to a crawl, e.g. {@code CF_CLEARANCE=...}. Only the settings a Kingfisher Collect crawl
 * needs from a bundle are allowed ({@link #ALLOWED}): others, such as {@code TELNETCONSOLE_*}, {@code FEEDS},
 * {@code EXTENSIONS} or {@code ITEM_PIPELINES}, could run code or write files on the crawler's machine.
 *
 * @param key the Scrapy setting's name
 * @param value its value, possibly empty
 */
@Table("setting")
public record Setting(
        @Pattern(
                regexp = Setting.NAME,
                message = "A setting name has letters, digits and '_' only, and doesn't start with a digit.")
        String key,

        String value) {

    /** What a Scrapy setting name looks like. */
    static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";

    /**
     * The setting names a bundle may carry, by name: Cloudflare clearance and user agent, politeness, concurrency,
     * retries and timeouts.
     */
    public static final String ALLOWED_LIST =
            "AUTOTHROTTLE_DEBUG, AUTOTHROTTLE_ENABLED, AUTOTHROTTLE_MAX_DELAY, AUTOTHROTTLE_START_DELAY, "
                    + "AUTOTHROTTLE_TARGET_CONCURRENCY, CF_CLEARANCE, CF_IMPERSONATE, CF_USER_AGENT, "
                    + "CONCURRENT_REQUESTS, CONCURRENT_REQUESTS_PER_DOMAIN, CONCURRENT_REQUESTS_PER_IP, "
                    + "CURL_IMPERSONATE, DOWNLOAD_DELAY, DOWNLOAD_MAXSIZE, DOWNLOAD_TIMEOUT, DOWNLOAD_WARNSIZE, "
                    + "RANDOMIZE_DOWNLOAD_DELAY, RETRY_ENABLED, RETRY_HTTP_CODES, RETRY_PRIORITY_ADJUST, RETRY_TIMES, "
                    + "USER_AGENT";

    /** The setting names a bundle may carry. */
    public static final Set<String> ALLOWED = Set.of(ALLOWED_LIST.split(", "));

    public Setting {
        key = key == null ? "" : key.strip();
        value = value == null ? "" : value;
    }

    /** Why a bundle may not carry a setting named {@code key}, or empty when it may. */
    public static Optional<String> refusal(String key) {
        if (ALLOWED.contains(key)) {
            return Optional.empty();
        }
        return Optional.of(key + " is not allowed: a bundle carries only settings a crawl needs (" + ALLOWED_LIST
                + "); others could run code or write files on the crawler's machine.");
    }

    /** How Scrapyd's {@code schedule.json} takes it: {@code KEY=VALUE}. */
    public String asScrapydArgument() {
        return key + "=" + value;
    }
}
