package org.dataregistry.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.dataregistry.database.CatalogueChanges;
import org.junit.jupiter.api.Test;

class CatalogueCacheTest {

    private final CatalogueChanges changes = mock(CatalogueChanges.class);
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void aValueIsKeptWhileTheCatalogueDoesNotChange() {
        CatalogueCache cache = cache(true);
        when(changes.version()).thenReturn(OptionalLong.of(7));

        assertThat(cache.get("search", this::compute)).isEqualTo("value 1");
        assertThat(cache.get("search", this::compute)).isEqualTo("value 1");
        assertThat(cache.get("feed", this::compute)).isEqualTo("value 2");

        when(changes.version()).thenReturn(OptionalLong.of(8));
        assertThat(cache.get("search", this::compute)).isEqualTo("value 3");
    }

    @Test
    void nothingIsKeptWhileChangesCannotBeFollowedOrWhenTurnedOff() {
        when(changes.version()).thenReturn(OptionalLong.empty());
        CatalogueCache unsure = cache(true);
        assertThat(unsure.get("search", this::compute)).isEqualTo("value 1");
        assertThat(unsure.get("search", this::compute)).isEqualTo("value 2");

        when(changes.version()).thenReturn(OptionalLong.of(7));
        CatalogueCache off = cache(false);
        assertThat(off.get("search", this::compute)).isEqualTo("value 3");
        assertThat(off.get("search", this::compute)).isEqualTo("value 4");
    }

    @Test
    void manyKeysCannotFillTheMemory() {
        CatalogueCache cache = cache(true);
        when(changes.version()).thenReturn(OptionalLong.of(7));
        cache.get("home", this::compute);

        for (int host = 0; host < CatalogueCache.MOST; host++) {
            cache.get("sitemap of host " + host, this::compute);
        }

        // The least recently used went first.
        assertThat(cache.get("home", this::compute)).isEqualTo("value " + (CatalogueCache.MOST + 2));
    }

    private CatalogueCache cache(boolean enabled) {
        return new CatalogueCache(changes, new CatalogueProperties("", "", enabled));
    }

    private String compute() {
        return "value " + computed.incrementAndGet();
    }
}
