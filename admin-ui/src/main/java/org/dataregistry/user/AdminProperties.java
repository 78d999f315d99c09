package org.dataregistry.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param initialPassword password of the superuser {@code admin} created at first start; blank generates one
 */
@ConfigurationProperties("data-registry.admin")
public record AdminProperties(String initialPassword) {}
