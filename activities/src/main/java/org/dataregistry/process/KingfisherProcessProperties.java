package org.dataregistry.process;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Kingfisher Process is, for publications collected by Kingfisher Collect. Both are optional: the registry
 * starts without them, and a Kingfisher job that needs one fails with a configuration error.
 *
 * @param url base URL of its REST API, e.g. {@code http://kingfisher-process:8000}; paths are absolute
 *     ({@code /api/collections/...}), so a path in the base URL is ignored, as the original does
 * @param databaseUrl its PostgreSQL (JDBC or libpq URL, read only), from which the pull task reads compiled releases
 */
@ConfigurationProperties("data-registry.kingfisher-process")
public record KingfisherProcessProperties(String url, String databaseUrl) {}
