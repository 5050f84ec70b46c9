package org.minga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minga.platform.internal.db.GuardedDataSource;
import org.minga.platform.internal.ratelimit.RateLimiter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 16, item 1: the public endpoints keep answering under load. No request path takes a second pooled
 * connection while it holds one (the guard fails such a request in tests), and each client address is limited.
 */
@MingaTest
class PublicEndpointsUnderLoadTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    GuardedDataSource dataSource;
    @Autowired
    RateLimiter limiter;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restoreLimits() {
        limiter.reset();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<String> publicPaths() {
        String organization = jdbc
                .sql("select uid::text from actor where jurisdiction_id = (select id from jurisdiction"
                        + " where code = '54001') order by id limit 1")
                .query(String.class).single();
        String service = jdbc.sql("select uid::text from offer_service order by id limit 1").query(String.class)
                .single();
        String token = jdbc.sql("select public_token from survey where status = 'OPEN' and public_token is not null"
                + " order by id limit 1").query(String.class).single();
        long practice = jdbc.sql("select id from practice where status = 'PUBLICADA' order by id limit 1")
                .query(Long.class).single();
        return List.of("/directory", "/directory/11001", "/directory/54001?q=vacunacion",
                "/directory/54001/eligibility?age=70&sex=F", "/directory/11001/eligibility?age=19&sex=M&sisben=A3",
                "/api/v1/hsds/services", "/api/v1/hsds/services?per_page=50&jurisdiction=54001",
                "/api/v1/hsds/services/" + service, "/api/v1/hsds/organizations",
                "/api/v1/hsds/organizations/" + organization, "/api/v1/hsds/service_at_locations",
                "/bank", "/bank?q=dialogos", "/bank/" + practice, "/s/" + token);
    }

    @Test
    void twentyConcurrentClientsOnAPoolOfTwoGetOnly200Or429() throws Exception {
        List<String> paths = publicPaths();
        // every path answers 200 on its own first, so the run below can only fail by load
        for (String path : paths) {
            mvc.perform(get(path).with(from("10.16.0.1"))).andExpect(status().isOk());
        }
        // forty an hour: nothing refills during the run, so the counts are exact
        limiter.set(RateLimiter.Kind.PUBLIC_PAGES, 40, Duration.ofHours(1));
        long violationsBefore = dataSource.violations();
        int maxBefore = dataSource.getHikariConfigMXBean().getMaximumPoolSize();
        int minBefore = dataSource.getHikariConfigMXBean().getMinimumIdle();
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            dataSource.getHikariConfigMXBean().setMinimumIdle(2);
            dataSource.getHikariConfigMXBean().setMaximumPoolSize(2);
            dataSource.getHikariPoolMXBean().softEvictConnections();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < 20; c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    // ten addresses, two clients each: 60 requests per address against a limit of 40
                    String address = "10.16.1." + (client % 10);
                    for (int i = 0; i < 30; i++) {
                        String path = paths.get((client + i) % paths.size());
                        int code = mvc.perform(get(path).with(from(address))).andReturn().getResponse().getStatus();
                        synchronized (statuses) {
                            statuses.computeIfAbsent(code, k -> new AtomicInteger()).incrementAndGet();
                        }
                        if (code != 200 && code != 429) {
                            errors.merge(path + " -> " + code, 1, Integer::sum);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
            dataSource.getHikariConfigMXBean().setMaximumPoolSize(maxBefore);
            dataSource.getHikariConfigMXBean().setMinimumIdle(minBefore);
        }
        assertThat(errors).as("answers other than 200 and 429").isEmpty();
        assertThat(statuses.keySet()).containsExactly(200, 429);
        assertThat(statuses.get(200).get()).as("served: 40 per address").isEqualTo(400);
        assertThat(statuses.get(429).get()).isEqualTo(200);
        assertThat(dataSource.violations()).as("requests that took a second connection").isEqualTo(violationsBefore);
    }

    @Test
    void aClientOverTheLimitGets429WithRetryAfterInSpanishAndOthersAreStillServed() throws Exception {
        limiter.set(RateLimiter.Kind.PUBLIC_PAGES, 2, Duration.ofMinutes(1));
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/v1/hsds/services").with(from("10.16.2.1"))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/hsds/services").with(from("10.16.2.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail")
                        .value(Matchers.startsWith("Demasiadas solicitudes desde esta dirección: espere")));
        // the page of the directory shares the address's allowance and says it in Spanish, as a page
        mvc.perform(get("/directory/11001").with(from("10.16.2.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(Matchers.containsString("vuelva a intentar")));
        // another address is not affected, nor are signed-in pages from the same one
        mvc.perform(get("/api/v1/hsds/services").with(from("10.16.2.2"))).andExpect(status().isOk());
        mvc.perform(get("/login").with(from("10.16.2.1"))).andExpect(status().isOk());
    }

    @Test
    void publicSurveyAnswersUseTheSameLimiter() throws Exception {
        String token = jdbc.sql("select public_token from survey where status = 'OPEN' and public_token is not null"
                + " order by id limit 1").query(String.class).single();
        limiter.set(RateLimiter.Kind.SURVEY_ANSWERS, 1, Duration.ofMinutes(10));
        int first = mvc.perform(post("/s/" + token).param("uuid", "not-a-uuid").with(from("10.16.3.1")))
                .andReturn().getResponse().getStatus();
        assertThat(first).isNotEqualTo(429);
        mvc.perform(post("/s/" + token).param("uuid", "not-a-uuid").with(from("10.16.3.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(content().string(Matchers.containsString("Demasiadas respuestas")));
        // reading the survey is a public page, counted apart
        mvc.perform(get("/s/" + token).with(from("10.16.3.1"))).andExpect(status().isOk());
    }
}
