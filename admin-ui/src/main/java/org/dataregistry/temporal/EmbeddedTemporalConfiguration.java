package org.dataregistry.temporal;

import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.testing.TestEnvironmentOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-process Temporal server of the embedded mode runs on real time (its default skips time). */
@Configuration(proxyBeanMethods = false)
public class EmbeddedTemporalConfiguration {

    @Bean
    TemporalOptionsCustomizer<TestEnvironmentOptions.Builder> realTimeTestServer() {
        return builder -> builder.setUseTimeskipping(false);
    }
}
