package org.dataregistry.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dataregistry.audit.AuditedEntity;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Extra Scrapy settings for the crawls of the publications that use the bundle, e.g. the clearance cookies a
 * Cloudflare-protected source needs.
 */
@Table("settings_bundle")
public class SettingsBundle extends AuditedEntity {

    @NotBlank(message = "Enter a name, e.g. \"opentender.eu (Cloudflare)\".")
    private String name = "";

    @Valid
    @MappedCollection(idColumn = "settings_bundle_id")
    private Set<Setting> settings = new LinkedHashSet<>();

    /** The settings by name, as they are passed to Scrapyd. */
    public List<Setting> sortedSettings() {
        return settings.stream().sorted(Comparator.comparing(Setting::key)).toList();
    }

    /** Setting names that appear more than once. */
    public Set<String> repeatedKeys() {
        return repeatedKeys(settings);
    }

    /** Setting names that appear more than once in {@code settings}, e.g. in the rows of a form. */
    public static Set<String> repeatedKeys(Collection<Setting> settings) {
        return settings.stream().collect(Collectors.groupingBy(Setting::key, Collectors.counting())).entrySet().stream()
                .filter(entry -> entry.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @AssertTrue(message = "Each setting name can appear only once in a bundle.")
    public boolean isEachKeyUnique() {
        return repeatedKeys().isEmpty();
    }

    @AssertTrue(
            message = "A bundle carries only settings a crawl needs (" + Setting.ALLOWED_LIST
                    + "); others could run code or write files on the crawler's machine.")
    public boolean isEachKeyAllowed() {
        // A malformed name has its own message.
        return settings.stream()
                .map(Setting::key)
                .filter(key -> key.matches(Setting.NAME))
                .allMatch(key -> Setting.refusal(key).isEmpty());
    }

    @Override
    public String auditName() {
        return name + " (" + getId() + ")";
    }

    @Override
    public SequencedMap<String, String> auditedFields() {
        SequencedMap<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        for (Setting setting : sortedSettings()) {
            fields.put("setting " + setting.key(), setting.value());
        }
        return fields;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }

    public Set<Setting> getSettings() {
        return settings;
    }

    public void setSettings(Collection<Setting> settings) {
        this.settings = new LinkedHashSet<>(settings);
    }
}
