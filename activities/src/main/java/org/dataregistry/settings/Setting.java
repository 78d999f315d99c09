package org.dataregistry.settings;

import jakarta.validation.constraints.Pattern;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One Scrapy setting passed to a crawl, e.g. {@code CF_CLEARANCE=...}.
 *
 * @param key the Scrapy setting's name
 * @param value its value, possibly empty
 */
@Table("setting")
public record Setting(
        @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]*",
                message = "A setting name has letters, digits and '_' only, and doesn't start with a digit.")
        String key,
        String value) {

    public Setting {
        key = key == null ? "" : key.strip();
        value = value == null ? "" : value;
    }

    /** How Scrapyd's {@code schedule.json} takes it: {@code KEY=VALUE}. */
    public String asScrapydArgument() {
        return key + "=" + value;
    }
}
