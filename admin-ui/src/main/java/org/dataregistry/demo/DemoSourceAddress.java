package org.dataregistry.demo;

import java.net.URI;
import java.util.Optional;
import org.dataregistry.collect.OwnSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Where the demo source is on this app, so that the collector may reach it on loopback. */
@Component
class DemoSourceAddress implements OwnSource {

    private final Environment environment;

    DemoSourceAddress(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Optional<URI> base() {
        return Optional.ofNullable(environment.getProperty("local.server.port", Integer.class))
                .map(port -> URI.create("http://localhost:" + port + DemoSource.BASE));
    }
}
