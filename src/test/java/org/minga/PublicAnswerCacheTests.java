package org.minga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minga.platform.internal.publiccache.PublicAnswerCache;
import org.minga.platform.internal.ratelimit.RateLimiter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 16, speed: the public endpoints serve anonymous visitors from a short cache, which a recorded change
 * empties at once; a signed-in user's page is never taken from it nor put in it. The suite runs with the cache off
 * ({@code minga.public-cache.ttl: 0s}); these tests turn it on at run time and off again.
 */
@MingaTest
class PublicAnswerCacheTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    PublicAnswerCache cache;
    @Autowired
    RateLimiter limiter;

    @BeforeEach
    void cacheOn() {
        cache.timeToLive(Duration.ofMinutes(1));
    }

    @AfterEach
    void cacheAsConfigured() {
        cache.reset();
        limiter.reset();
    }

    record Service(long id, String name) {
    }

    Service aBogotaService() {
        return jdbc.sql(
                "select id, name from offer_service where jurisdiction_id = (select id from jurisdiction where code = '11001')"
                        + " and status <> 'INACTIVE' order by id limit 1")
                .query(Service.class).single();
    }

    /** A browser signed in with the form: its session cookie comes with every request. */
    RequestPostProcessor signedIn(String username) throws Exception {
        MvcResult login = mvc
                .perform(post("/login").param("username", username).param("password", "minga2026").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        // the session lives in PostgreSQL (issue 19): the browser holds only its cookie
        Cookie session = login.getResponse().getCookie("JSESSIONID");
        assertThat(session).isNotNull();
        return request -> {
            request.setCookies(session);
            return request;
        };
    }

    @Test
    void aChangedServiceShowsInThePublicDirectoryAsSoonAsTheChangeIsRecorded() throws Exception {
        Service service = aBogotaService();
        String page = "/directory/11001/services/" + service.id();
        String code = "CACHE-" + UUID.randomUUID().toString().substring(0, 8);
        String renamed = service.name() + " " + code;
        mvc.perform(get(page)).andExpect(status().isOk()).andExpect(content().string(containsString(service.name())));
        mvc.perform(get("/directory/11001").param("q", code)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Servicio nuevo " + code))));
        try {
            // a change that goes around the audit log (hand-written SQL) waits for the time to live
            jdbc.sql("update offer_service set name = :n where id = :id").param("n", renamed).param("id", service.id())
                    .update();
            mvc.perform(get(page)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(service.name())))
                    .andExpect(content().string(not(containsString(code))));
            // a change made by a person is recorded, and the directory shows it on the next request: here a new
            // service, and with it the renamed one
            Map<String, Object> form = Map.of("jurisdiction", "11001", "code", code, "provider", "SDS",
                    "name", "Servicio nuevo " + code, "description", "Recién registrado.", "sector", "salud");
            mvc.perform(post("/api/v1/services").with(httpBasic("distrito", "minga2026"))
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)))
                    .andExpect(status().isCreated());
            mvc.perform(get(page)).andExpect(status().isOk()).andExpect(content().string(containsString(renamed)));
            mvc.perform(get("/directory/11001").param("q", code)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Servicio nuevo " + code)));
            mvc.perform(get("/api/v1/hsds/services").param("search", code)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Servicio nuevo " + code)));
        } finally {
            jdbc.sql("update offer_service set name = :n where id = :id").param("n", service.name())
                    .param("id", service.id()).update();
        }
    }

    @Test
    void aChangeTheAuditLogDoesNotSeeShowsWithinTheTimeToLive() throws Exception {
        cache.timeToLive(Duration.ofSeconds(1));
        Service service = aBogotaService();
        String page = "/directory/11001/services/" + service.id();
        String code = "CACHE-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(get(page)).andExpect(status().isOk());
        try {
            jdbc.sql("update offer_service set name = :n where id = :id").param("n", service.name() + " " + code)
                    .param("id", service.id()).update();
            // (whether the next second still shows the old name depends on the machine's speed: not asserted)
            Thread.sleep(1_100);
            mvc.perform(get(page)).andExpect(status().isOk()).andExpect(content().string(containsString(code)));
        } finally {
            jdbc.sql("update offer_service set name = :n where id = :id").param("n", service.name())
                    .param("id", service.id()).update();
        }
    }

    @Test
    void aSignedInUsersPageIsNeverServedFromTheCacheNorKeptInIt() throws Exception {
        Service service = aBogotaService();
        String page = "/directory/11001/services/" + service.id();
        String code = "CACHE-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(get(page)).andExpect(status().isOk()).andExpect(content().string(not(containsString("Salir"))));
        RequestPostProcessor distrito = signedIn("distrito");
        try {
            jdbc.sql("update offer_service set name = :n where id = :id").param("n", service.name() + " " + code)
                    .param("id", service.id()).update();
            // the anonymous answer is kept (the renaming went around the audit log) ...
            mvc.perform(get(page)).andExpect(content().string(not(containsString(code))));
            // ... but a signed-in user gets their own page, with their name and the rows as they are now, by the
            // session cookie of the form login as by HTTP Basic
            mvc.perform(get(page).with(distrito)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Salir")))
                    .andExpect(content().string(containsString(code)))
                    .andExpect(header().doesNotExist("ETag"))
                    .andExpect(header().string("Cache-Control", containsString("no-store")));
            mvc.perform(get(page).with(httpBasic("distrito", "minga2026"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Salir")))
                    .andExpect(content().string(containsString(code)));
            String uid = jdbc.sql("select uid::text from offer_service where id = :id").param("id", service.id())
                    .query(String.class).single();
            mvc.perform(get("/api/v1/hsds/services/" + uid)).andExpect(status().isOk());
            jdbc.sql("update offer_service set name = :n where id = :id").param("n", service.name() + " " + code + " 2")
                    .param("id", service.id()).update();
            mvc.perform(get("/api/v1/hsds/services/" + uid))
                    .andExpect(content().string(not(containsString(code + " 2"))));
            mvc.perform(get("/api/v1/hsds/services/" + uid).with(httpBasic("distrito", "minga2026")))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(code + " 2")));
            // and nothing of theirs was kept for the next visitor
            mvc.perform(get(page)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Salir"))))
                    .andExpect(content().string(not(containsString(code))));
        } finally {
            jdbc.sql("update offer_service set name = :n where id = :id").param("n", service.name())
                    .param("id", service.id()).update();
        }
    }

    @Test
    void anAnonymousPageStartsNoSessionAndABrowserRevalidatesItWithItsETag() throws Exception {
        Service service = aBogotaService();
        String page = "/directory/11001/services/" + service.id();
        MvcResult first = mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(header().string("ETag", Matchers.matchesPattern("\"[0-9a-f]{32}\"")))
                // the security headers come with every answer, kept or not
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andReturn();
        assertThat(first.getRequest().getSession(false)).as("session of an anonymous visitor").isNull();
        String etag = first.getResponse().getHeader("ETag");
        String body = first.getResponse().getContentAsString();
        mvc.perform(get(page)).andExpect(status().isOk())
                .andExpect(header().string("ETag", etag))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(content().contentType("text/html;charset=UTF-8"))
                .andExpect(content().string(body));
        mvc.perform(get(page).header("If-None-Match", etag)).andExpect(status().isNotModified())
                .andExpect(content().string(""));
        String code = "CACHE-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            jdbc.sql("update offer_service set name = :n where id = :id").param("n", service.name() + " " + code)
                    .param("id", service.id()).update();
            // a recorded change empties the cache: the page is rendered again, gets a new tag, and the browser
            // gets the new page instead of a 304
            cache.changed();
            mvc.perform(get(page).header("If-None-Match", etag)).andExpect(status().isOk())
                    .andExpect(header().string("ETag", not(etag)))
                    .andExpect(content().string(containsString(code)));
        } finally {
            jdbc.sql("update offer_service set name = :n where id = :id").param("n", service.name())
                    .param("id", service.id()).update();
        }
    }

    @Test
    void theLinksOfAKeptPageAreTheSameAndItHasNoTokenOfASession() throws Exception {
        String body = mvc.perform(get("/directory/11001")).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie")).andReturn().getResponse().getContentAsString();
        // web jars with their version, every other link as written
        assertThat(body).contains("src=\"/webjars/htmx.org/2.").contains("href=\"/webjars/picocss__pico/2.")
                .contains("href=\"/directory/11001/services/").contains("href=\"/css/app.css\"")
                .contains("href=\"/directory/11001/eligibility\"").doesNotContain("name=\"_csrf\"");
        assertThat(mvc.perform(get("/directory/11001")).andReturn().getResponse().getContentAsString()).isEqualTo(body);
    }

    @Test
    void theRateLimitStillCountsAnswersServedFromTheCache() throws Exception {
        mvc.perform(get("/api/v1/hsds/services").with(from("10.16.9.1"))).andExpect(status().isOk());
        limiter.set(RateLimiter.Kind.PUBLIC_PAGES, 2, Duration.ofMinutes(1));
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/v1/hsds/services").with(from("10.16.9.1"))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/hsds/services").with(from("10.16.9.1"))).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]*")));
        mvc.perform(get("/api/v1/hsds/services").with(from("10.16.9.2"))).andExpect(status().isOk());
    }

    @Test
    void aFailedSignInDoesNotEmptyTheCache() throws Exception {
        mvc.perform(get("/directory/11001")).andExpect(status().isOk());
        assertThat(cache.size()).isPositive();
        mvc.perform(post("/login").param("username", "distrito").param("password", "wrong").with(csrf())
                .with(from("10.16.9.3")))
                .andExpect(status().is3xxRedirection());
        assertThat(cache.size()).as("answers kept after a failed sign-in").isPositive();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
