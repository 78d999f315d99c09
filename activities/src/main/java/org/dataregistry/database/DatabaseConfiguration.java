package org.dataregistry.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The registry's DataSource: an external PostgreSQL when {@code DATABASE_URL} is set, otherwise an embedded
 * PostgreSQL (real binaries from Maven) whose data survives restarts in {@code data-registry.database.embedded-data-dir}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(NoDatabaseUrl.class)
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        return EmbeddedDatabase.start(properties.embeddedDataDir());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("data-registry");
        config.setMaximumPoolSize(10);
        if (properties.embedded()) {
            config.setJdbcUrl(embedded.getObject().jdbcUrl());
            config.setUsername(EmbeddedDatabase.USER);
        } else {
            PostgresUrl url = PostgresUrl.parse(properties.url(), properties.username(), properties.password());
            config.setJdbcUrl(url.jdbcUrl());
            config.setUsername(url.username());
            config.setPassword(url.password());
        }
        return new HikariDataSource(config);
    }

    static class NoDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("data-registry.database.url");
            return url == null || url.isBlank();
        }
    }
}
