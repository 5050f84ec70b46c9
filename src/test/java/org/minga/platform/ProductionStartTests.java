package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;

import org.junit.jupiter.api.Test;
import org.minga.MingaApplication;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A production start: an external PostgreSQL given by MINGA_DB_URL (here a second database on the test
 * server), MINGA_DEMO=false, and the first administrator from MINGA_ADMIN_USER / MINGA_ADMIN_PASSWORD.
 */
@MingaTest
class ProductionStartTests {

    @Autowired
    HikariDataSource testDataSource;

    @Test
    void externalDatabaseWithoutDemoDataHasOnlyTheConfiguredAdministrator() throws Exception {
        try (Connection c = testDataSource.getConnection()) {
            c.createStatement().execute("drop database if exists minga_production");
            c.createStatement().execute("create database minga_production");
        }
        String url = testDataSource.getJdbcUrl().replaceFirst("/minga(\\?|$)", "/minga_production$1");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MingaApplication.class)
                .web(WebApplicationType.NONE)
                .run("--minga.db.url=" + url, "--minga.db.user=postgres",
                        "--minga.db.password=" + testDataSource.getPassword(),
                        "--minga.demo=false", "--minga.admin.username=primer.admin",
                        "--minga.admin.password=una-clave-segura-2026")) {
            JdbcClient jdbc = JdbcClient.create(app.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("minga_production");
            assertThat(jdbc.sql("select count(*) from jurisdiction").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from demo_dataset").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select username from app_user").query(String.class).list()).containsExactly("primer.admin");
            String hash = jdbc.sql("select password_hash from app_user").query(String.class).single();
            PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
            assertThat(encoder.matches("una-clave-segura-2026", hash)).isTrue();
            assertThat(encoder.matches("minga2026", hash)).isFalse();
        }
    }
}
