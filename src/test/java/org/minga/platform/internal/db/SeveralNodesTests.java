package org.minga.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.zaxxer.hikari.HikariDataSource;

import jakarta.servlet.http.Cookie;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.minga.MingaApplication;
import org.minga.MingaTest;
import org.minga.platform.ClusterJobs;
import org.minga.platform.NewUser;
import org.minga.platform.Role;
import org.minga.platform.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two Minga nodes on one database (issue 19): the test suite's Minga and a second one started here on the same
 * PostgreSQL database, over real HTTP, with a read replica configured. A session created on one is in PostgreSQL and
 * valid on the other; a job fired on both at once runs on one; the situation room is read through the replica.
 */
@MingaTest
class SeveralNodesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    HikariDataSource testDataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ClusterJobs jobs;

    @Test
    void aSessionOfOneNodeServesTheOtherAJobRunsOnOneAndTheSituationRoomReadsTheReplica() throws Exception {
        String username = "nodos." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(username, "Una-clave-larga-nodos-2026", "Persona de dos nodos", null,
                Role.READ_ONLY, jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single(),
                null));

        // node one signs the user in: the session is a row in PostgreSQL, the browser holds only its cookie
        Cookie cookie = mvc.perform(formLogin("/login").user(username).password("Una-clave-larga-nodos-2026"))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("JSESSIONID");
        assertThat(cookie).isNotNull();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", username)
                .query(Long.class).single()).isEqualTo(1);

        String url = testDataSource.getJdbcUrl();
        // the "replica" is the same database through a pool of its own, told apart by its connection counts
        try (ConfigurableApplicationContext two = new SpringApplicationBuilder(MingaApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--minga.db.url=" + url, "--minga.db.user=" + testDataSource.getUsername(),
                        "--minga.db.password=" + testDataSource.getPassword(), "--minga.db.pool-size=3",
                        "--minga.db.replica-url=" + url, "--minga.demo=false")) {
            String base = "http://localhost:" + two.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

            // node two serves the same session: the user's home, without signing in again
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/"))
                    .header("Cookie", "JSESSIONID=" + cookie.getValue()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Persona de dos nodos");
            // without the cookie node two knows nobody
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "/dashboard")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(302);

            // the situation room on node two is read through the replica's pool
            DatabaseConfiguration.Routed routed = two.getBean(DatabaseConfiguration.Routed.class);
            long before = routed.routing().counts()[0];
            HttpResponse<String> room = http.send(HttpRequest.newBuilder(URI.create(base + "/dashboard"))
                    .header("Cookie", "JSESSIONID=" + cookie.getValue()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(room.statusCode()).isEqualTo(200);
            assertThat(room.body()).contains("Sala situacional");
            assertThat(routed.routing().counts()[0]).isGreaterThan(before);

            // the same job fired on both nodes at the same moment does its work once
            String job = "dos-nodos-" + UUID.randomUUID().toString().substring(0, 8);
            AtomicInteger done = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> ran = List.of(two.getBean(ClusterJobs.class), jobs).stream()
                        .map(node -> pool.submit(() -> {
                            start.await();
                            return node.once(job, Duration.ofSeconds(30), () -> {
                                done.incrementAndGet();
                                sleep(300);
                            });
                        })).toList();
                start.countDown();
                for (Future<Boolean> f : ran) {
                    f.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(done).hasValue(1);
        }

        // node two stopped: node one goes on serving the same session
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/").cookie(cookie))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Persona de dos nodos")));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
