package org.dataregistry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Data Registry: admin UI, Temporal worker and (later) the public catalogue, in one Spring Boot app. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DataRegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(DataRegistryApplication.class, args);
    }
}
