package org.dataregistry.job;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param root where jobs keep their files: temporary data under {@code jobs/}, published exports under
 *     {@code exports/}. Shared storage when several app instances run jobs.
 */
@ConfigurationProperties("data-registry.files")
public record FilesProperties(@DefaultValue("./data") Path root) {}
