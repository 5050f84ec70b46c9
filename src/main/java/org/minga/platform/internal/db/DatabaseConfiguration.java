package org.minga.platform.internal.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

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

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("minga");
        config.setMaximumPoolSize(properties.effectivePoolSize());
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        } else {
            String dir = properties.embeddedDataDir() == null || properties.embeddedDataDir().isBlank()
                    ? "data/postgres" : properties.embeddedDataDir();
            int port = properties.embeddedPort() == null ? 0 : properties.embeddedPort();
            EmbeddedDatabase db = EmbeddedDatabase.startShared(Path.of(dir), port, properties.embeddedFresh());
            config.setJdbcUrl(db.jdbcUrl());
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }
}
