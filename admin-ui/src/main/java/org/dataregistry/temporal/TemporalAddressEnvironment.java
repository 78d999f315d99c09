package org.dataregistry.temporal;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the Temporal starter at a real Temporal cluster when {@code data-registry.temporal.address}
 * ({@code TEMPORAL_ADDRESS}) is set, instead of the in-process server that is the default.
 */
public class TemporalAddressEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String ADDRESS = "data-registry.temporal.address";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String address = environment.getProperty(ADDRESS, "");
        if (!address.isBlank()) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "temporalCluster",
                            Map.of(
                                    "spring.temporal.test-server.enabled",
                                    "false",
                                    "spring.temporal.connection.target",
                                    address.strip())));
        }
    }

    /** After the application's configuration files and environment variables have been read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
