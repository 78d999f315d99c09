package org.dataregistry.flatten;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param threads           worker threads that parse and flatten one file's lines (several files flatten at once)
 * @param maxXlsxInputBytes the uncompressed size of an exported file from which no Excel file is made, only the
 *                          CSV archive: the original's {@code EXPORTER_MAX_JSON_BYTES_TO_EXCEL}, 1 GiB
 */
@ConfigurationProperties("data-registry.flatten")
public record FlattenProperties(
        @DefaultValue("2") int threads,
        @DefaultValue("1073741824") long maxXlsxInputBytes) {

    public FlattenProperties {
        if (threads < 1) {
            throw new IllegalArgumentException("data-registry.flatten.threads must be at least 1, not " + threads);
        }
    }
}
