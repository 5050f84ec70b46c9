package org.minga.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the virtual-territory tests share: calls to the API as a demo user, and a registered virtual territory. */
abstract class VirtualTestBase {

    /** A 1x1 PNG. */
    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    record Answer(int status, JsonNode body) {
    }

    JsonNode register(String code, String kind) throws Exception {
        return ok(post("/api/v1/virtual-territories"), "local.suba", Map.of("jurisdiction", "11001", "territory",
                "11", "code", code, "name", "Comunidad " + code, "kind", kind, "rules",
                "Conversación con respeto; sin publicidad.", "reaches", List.of("B-SUBA-06"), "populationGroups",
                List.of("Jóvenes", "Cuidadoras"), "stewards", List.of(Map.of("name", "Ana Gómez", "role",
                        "Administrador"), Map.of("name", "Ñusta Quispe", "role", "MODERATOR"))));
    }

    static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36).toUpperCase();
    }

    Answer send(MockHttpServletRequestBuilder req, String user, Object body) throws Exception {
        req = req.with(httpBasic(user, "minga2026")).with(csrf());
        if (body != null) {
            req = req.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        var r = mvc.perform(req).andReturn().getResponse();
        String text = r.getContentAsString(StandardCharsets.UTF_8);
        return new Answer(r.getStatus(), text.isEmpty() ? null : json.readTree(text));
    }

    JsonNode ok(MockHttpServletRequestBuilder req, String user, Object body) throws Exception {
        Answer a = send(req, user, body);
        if (a.status() / 100 != 2) {
            throw new AssertionError(a.status() + " " + a.body());
        }
        return a.body();
    }

    /** A page's answer to a request as the local team of Suba. */
    MockHttpServletResponse call(MockHttpServletRequestBuilder req) throws Exception {
        return mvc.perform(req.with(httpBasic("local.suba", "minga2026")).with(csrf())).andReturn().getResponse();
    }

    /** A page that must open (200), as its text. */
    String page(MockHttpServletRequestBuilder req) throws Exception {
        MockHttpServletResponse r = call(req);
        assertThat(r.getStatus()).as(text(r)).isEqualTo(200);
        return text(r);
    }

    static String text(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }
}
