package org.dataregistry.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.dataregistry.database.CatalogueChanges;
import org.springframework.stereotype.Component;

/**
 * Keeps what public pages compute from the whole catalogue (every visible publication for the search,
 * publications.json, the sitemap...) until the catalogue changes, as {@link CatalogueChanges} tells. A value is
 * computed after reading the version and kept under it, so it is never older than the version says; while changes
 * cannot be followed, or when {@code data-registry.catalogue.cache} is off, every call computes afresh.
 *
 * <p>Keys are few (a kind of value, a language, anonymous or signed in, the host absolute links name); at most
 * {@value #MOST} values are kept, the least recently used going first, so that requests naming many hosts cannot
 * fill the memory.
 */
@Component
public class CatalogueCache {

    static final int MOST = 64;

    private record Versioned(long version, Object value) {}

    private final CatalogueChanges changes;
    private final boolean enabled;
    private final Map<Object, Versioned> values = new LinkedHashMap<>(MOST, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Versioned> eldest) {
            return size() > MOST;
        }
    };

    CatalogueCache(CatalogueChanges changes, CatalogueProperties properties) {
        this.changes = changes;
        this.enabled = properties.cache();
    }

    /** The value kept under {@code key} if the catalogue has not changed since it was computed, else a new one. */
    @SuppressWarnings("unchecked")
    public <V> V get(Object key, Supplier<V> compute) {
        OptionalLong version = enabled ? changes.version() : OptionalLong.empty();
        if (version.isEmpty()) {
            return compute.get();
        }
        Versioned kept;
        synchronized (values) {
            kept = values.get(key);
        }
        if (kept != null && kept.version() == version.getAsLong()) {
            return (V) kept.value();
        }
        V value = compute.get();
        synchronized (values) {
            // A slower computation under an older version must not replace a newer one's value.
            values.merge(
                    key,
                    new Versioned(version.getAsLong(), value),
                    (old, computed) -> old.version() > computed.version() ? old : computed);
        }
        return value;
    }
}
