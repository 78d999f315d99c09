package org.dataregistry.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    /** The exit status of an app whose embedded PostgreSQL died under it (EX_SOFTWARE). */
    public static final int EXIT_STATUS_DATABASE_DIED = 70;

    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @Conditional(NoDatabaseUrl.class)
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        EmbeddedDatabase database = EmbeddedDatabase.start(properties.embeddedDataDir(), properties.embeddedDurable());
        exitWhenItDies(database);
        return database;
    }

    /**
     * The app cannot work without its database, and tasks would only retry against a dead one while the app still
     * answered: when the embedded PostgreSQL ends underneath it the app exits non-zero, so that its supervisor
     * (systemd, Docker's restart policy) starts it again, and the new start recovers the database and the jobs.
     */
    public static void exitWhenItDies(EmbeddedDatabase database) {
        long pid = database.postmaster().pid();
        database.onUnexpectedExit(() -> {
            log.error(
                    "The embedded PostgreSQL (PID {}) ended unexpectedly; the app exits with status {} so that it "
                            + "is started again",
                    pid,
                    EXIT_STATUS_DATABASE_DIED);
            // Not on the thread that reports process exits: closing the app waits for processes too. A shutdown
            // that hangs (a task stuck on the dead database) must not keep the app in limbo either.
            Thread.ofPlatform().name("database-died").start(() -> System.exit(EXIT_STATUS_DATABASE_DIED));
            Thread.ofPlatform().daemon().name("database-died-halt").start(() -> {
                try {
                    Thread.sleep(SHUTDOWN_PATIENCE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(EXIT_STATUS_DATABASE_DIED);
            });
        });
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
        HikariConfig config = connectionTo(properties, embedded);
        config.setPoolName("data-registry");
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    private static HikariConfig connectionTo(DatabaseProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
        HikariConfig config = new HikariConfig();
        if (properties.embedded()) {
            EmbeddedDatabase database = embedded.getObject();
            config.setJdbcUrl(database.url());
            config.setUsername(database.username());
            config.setPassword(database.password());
        } else {
            PostgresUrl url = PostgresUrl.parse(properties.url(), properties.username(), properties.password());
            config.setJdbcUrl(url.jdbcUrl());
            config.setUsername(url.username());
            config.setPassword(url.password());
        }
        return config;
    }

    static class NoDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("data-registry.database.url");
            return url == null || url.isBlank();
        }
    }
}
