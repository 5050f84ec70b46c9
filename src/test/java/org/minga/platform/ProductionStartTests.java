package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Base64;

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
 * server), MINGA_DEMO not set, the first administrator from MINGA_ADMIN_USER / MINGA_ADMIN_PASSWORD, behind a
 * TLS proxy (MINGA_FORWARD_HEADERS=native). Issue 16, item 8: the safe defaults, seen over real HTTP.
 */
@MingaTest
class ProductionStartTests {

    @Autowired
    HikariDataSource testDataSource;

    @Test
    void externalDatabaseStartsWithoutDemoDataOrApiDocsAndTheApiKeepsNoSession() throws Exception {
        try (Connection c = testDataSource.getConnection()) {
            c.createStatement().execute("drop database if exists minga_production");
            c.createStatement().execute("create database minga_production");
        }
        String url = testDataSource.getJdbcUrl().replaceFirst("/minga(\\?|$)", "/minga_production$1");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MingaApplication.class)
                .web(WebApplicationType.SERVLET)
                // MINGA_DEMO is not given: with an external database that means no demo
                .run("--server.port=0", "--minga.db.url=" + url, "--minga.db.user=postgres",
                        "--minga.db.password=" + testDataSource.getPassword(),
                        "--minga.admin.username=primer.admin", "--minga.admin.password=una-clave-segura-2026",
                        "--server.forward-headers-strategy=native")) {
            JdbcClient jdbc = JdbcClient.create(app.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.sql("select current_database()").query(String.class).single())
                    .isEqualTo("minga_production");
            assertThat(jdbc.sql("select count(*) from jurisdiction").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from demo_dataset").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select username from app_user").query(String.class).list())
                    .containsExactly("primer.admin");
            String hash = jdbc.sql("select password_hash from app_user").query(String.class).single();
            PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
            assertThat(encoder.matches("una-clave-segura-2026", hash)).isTrue();
            assertThat(encoder.matches("minga2026", hash)).isFalse();

            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            // the demo users do not exist
            String demo = "Basic "
                    + Base64.getEncoder().encodeToString("admin:minga2026".getBytes(StandardCharsets.UTF_8));
            assertThat(http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/jurisdictions")).header("Authorization", demo)
                            .build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

            // the OpenAPI document and Swagger UI are off in production
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/swagger-ui/index.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);

            // an HTTP Basic API call is answered without creating a session
            String admin = "Basic " + Base64.getEncoder().encodeToString(
                    "primer.admin:una-clave-segura-2026".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/jurisdictions"))
                        .header("Authorization", admin).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(api.statusCode()).isEqualTo(200);
                assertThat(api.headers().allValues("Set-Cookie")).isEmpty();
            }

            // behind the TLS proxy: HSTS and a Secure session cookie; on plain HTTP, neither
            HttpResponse<String> tls = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(tls.statusCode()).isEqualTo(200);
            assertThat(tls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                    v -> assertThat(v).contains("max-age=31536000").contains("includeSubDomains"));
            assertThat(tls.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                    .contains("Secure").contains("HttpOnly"));
            HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(plain.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
        }
    }
}
