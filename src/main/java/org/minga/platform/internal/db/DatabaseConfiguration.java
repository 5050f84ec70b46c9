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

    /**
     * With {@code MINGA_DB_REPLICA_URL}: the DataSource everything uses sends read-only transactions to the replica
     * and the rest to the primary pool ({@link ReadReplica}); the primary pool stays a bean of its own.
     */
    @Bean
    @org.springframework.context.annotation.Primary
    @org.springframework.context.annotation.Conditional(ReplicaCondition.class)
    Routed routingDataSource(DatabaseProperties properties, GuardedDataSource dataSource,
            @org.springframework.beans.factory.annotation.Value("${minga.db.connection-guard:log}") GuardedDataSource.Mode guard) {
        return readReplica(dataSource, properties, guard);
    }

    /** The primary and the replica behind one DataSource that routes on the transaction's read-only flag. */
    static Routed readReplica(javax.sql.DataSource primary,
            DatabaseProperties properties, GuardedDataSource.Mode guard) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("minga-replica");
        config.setMaximumPoolSize(properties.effectivePoolSize());
        config.setJdbcUrl(properties.replicaUrl());
        config.setUsername(properties.replicaUser() == null || properties.replicaUser().isBlank() ? properties.user()
                : properties.replicaUser());
        config.setPassword(properties.replicaPassword() == null || properties.replicaPassword().isBlank()
                ? properties.password() : properties.replicaPassword());
        config.setReadOnly(true);
        // a replica that is down must not hold a request for 30 s, nor stop the node from starting
        config.setConnectionTimeout(2_000);
        config.setInitializationFailTimeout(-1);
        ReadReplica routing = new ReadReplica(primary, new GuardedDataSource(config, guard),
                properties.effectiveReplicaMaxLag(), java.time.Duration.ofSeconds(5));
        return new Routed(routing);
    }

    /** The routing DataSource behind the lazy proxy; closing it closes the replica's pool and its check. */
    static final class Routed extends org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy
            implements
                java.io.Closeable {
        private final ReadReplica routing;

        Routed(ReadReplica routing) {
            super(routing);
            this.routing = routing;
        }

        ReadReplica routing() {
            return routing;
        }

        @Override
        public void close() {
            routing.close();
        }
    }

    /** True when a replica URL is configured. */
    static class ReplicaCondition implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(org.springframework.context.annotation.ConditionContext context,
                org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("minga.db.replica-url");
            return url != null && !url.isBlank();
        }
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
