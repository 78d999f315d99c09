package org.dataregistry.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether a registry with no publication at all gets the demo publication at start, and runs its
 *     first job (on by default, so a fresh embedded start shows a whole job end to end)
 */
@ConfigurationProperties("data-registry.demo")
public record DemoProperties(boolean enabled) {}
