package org.dataregistry.pull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pageSize compiled releases read per query (keyset pagination), the original exporter's page size
 */
@ConfigurationProperties("data-registry.pull")
public record PullProperties(@DefaultValue("10000") int pageSize) {}
