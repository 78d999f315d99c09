package org.dataregistry.collect;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the built-in collector.
 *
 * @param maxResponseSize the largest response stored; a larger one fails the download
 * @param maxPages the most pages followed through {@code links.next}
 * @param maxRedirects the most redirects followed for one page
 * @param connectTimeout how long to wait for a connection
 * @param responseTimeout how long to wait for a response's headers (Kingfisher Collect's {@code DOWNLOAD_TIMEOUT})
 * @param readTimeout the longest silence while reading a response; keep it under the activity's heartbeat timeout
 * @param userAgent the User-Agent header, so that publishers can tell who is downloading
 * @param allowedHosts host names, addresses and CIDR ranges whose internal addresses (loopback, private, link-local,
 *     unique-local, multicast) sources may lead to; every other internal address is refused, on every redirect and
 *     {@code links.next} too
 */
@ConfigurationProperties("data-registry.download")
public record DownloadProperties(
        @DefaultValue("2GB") DataSize maxResponseSize,
        @DefaultValue("10000") int maxPages,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("30s") Duration connectTimeout,
        @DefaultValue("6m") Duration responseTimeout,
        @DefaultValue("30s") Duration readTimeout,

        @DefaultValue("DataRegistry/1.0 (OCDS data collector)")
        String userAgent,

        @DefaultValue("") List<String> allowedHosts) {

    public DownloadProperties {
        allowedHosts = allowedHosts == null
                ? List.of()
                : allowedHosts.stream()
                        .map(String::strip)
                        .filter(host -> !host.isEmpty())
                        .toList();
        SourceAddresses.allowing(allowedHosts);
    }
}
