package org.minga.platform.internal.db;

import com.zaxxer.hikari.HikariConfig;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource for the whole application: the external server given by {@code MINGA_DB_URL},
 * or the embedded PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** The embedded server, released after the DataSource closes; absent with an external server. */
    @Bean(destroyMethod = "release")
    @org.springframework.context.annotation.Conditional(EmbeddedCondition.class)
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        String dir = properties.embeddedDataDir() == null || properties.embeddedDataDir().isBlank()
                ? "data/postgres" : properties.embeddedDataDir();
        int port = properties.embeddedPort() == null ? 0 : properties.embeddedPort();
        return EmbeddedDatabase.acquireShared(Path.of(dir), port, properties.embeddedFresh(), properties.durable());
    }

    @Bean(destroyMethod = "close")
    GuardedDataSource dataSource(DatabaseProperties properties,
            java.util.Optional<EmbeddedDatabase> embedded,
            @org.springframework.beans.factory.annotation.Value("${minga.db.connection-guard:log}") GuardedDataSource.Mode guard) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("minga");
        config.setMaximumPoolSize(properties.effectivePoolSize());
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        } else {
            EmbeddedDatabase db = embedded.orElseThrow();
            config.setJdbcUrl(db.jdbcUrl());
            config.setUsername(db.user());
            config.setPassword(db.password());
        }
        return new GuardedDataSource(config, guard);
    }

    /** True when no external database URL is configured. */
    static class EmbeddedCondition implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(org.springframework.context.annotation.ConditionContext context,
                org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("minga.db.url");
            return url == null || url.isBlank();
        }
    }
}
