package org.dataregistry.database;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code db} in {@code /actuator/health}: whether the main connection pool gets a working connection. Spring Boot's
 * own indicator would check every pool, the {@link BulkPool bulk pool} too, whose connections may all be taken by
 * bulk work for hours: the app would then wait for one and report itself down while the UI works.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseHealthConfiguration {

    @Bean
    DataSourceHealthIndicator dbHealthIndicator(DataSource dataSource) {
        return new DataSourceHealthIndicator(dataSource);
    }
}
