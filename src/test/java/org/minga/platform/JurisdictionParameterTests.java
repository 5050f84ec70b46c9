package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every list honours {@code ?jurisdiction=}: generated over the OpenAPI document, each GET list endpoint without path
 * variables, asked by the administrator of all jurisdictions for Cúcuta, answers no record of another jurisdiction;
 * pages that need a jurisdiction let the administrator choose one instead of failing.
 */
@MingaTest
class JurisdictionParameterTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;

    @Test
    void everyListEndpointAskedForCucutaAnswersOnlyCucutasRecords() throws Exception {
        long cucuta = jdbc.sql("select id from jurisdiction where code = '54001'").query(Long.class).single();
        JsonNode doc = json.readTree(mvc.perform(get("/v3/api-docs").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode op = path.getValue().get("get");
            if (op == null || path.getKey().contains("{") || path.getKey().startsWith("/api/v1/hsds")
                    || path.getKey().contains("export") || path.getKey().contains("feed")) {
                continue;
            }
            boolean required = false;
            for (JsonNode p : op.path("parameters")) {
                required |= p.path("required").asBoolean() && !"jurisdiction".equals(p.path("name").asText());
            }
            if (required) {
                continue;
            }
            MvcResult r = mvc.perform(get(path.getKey()).param("jurisdiction", "54001").param("size", "200")
                    .with(user(users.loadUserByUsername("admin")))).andReturn();
            String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (r.getResponse().getStatus() != 200 || !r.getResponse().getContentType().contains("json")) {
                continue;
            }
            checked.add(path.getKey());
            List<Long> others = new ArrayList<>();
            collect(json.readTree(body), cucuta, others);
            if (!others.isEmpty()) {
                failures.add(path.getKey() + " answered jurisdictions " + others.stream().distinct().toList());
            }
        }
        assertThat(checked).as("list endpoints checked").hasSizeGreaterThan(15);
        assertThat(failures).isEmpty();
    }

    private static void collect(JsonNode node, long expected, List<Long> others) {
        if (node.isObject()) {
            JsonNode j = node.get("jurisdictionId");
            if (j != null && j.isNumber() && j.asLong() != expected) {
                others.add(j.asLong());
            }
            node.elements().forEachRemaining(n -> collect(n, expected, others));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(n -> collect(n, expected, others));
        }
    }

    @Test
    void theAdministratorChoosesTheJurisdictionOfAPageThatNeedsOneAndKeepsTheMenu() throws Exception {
        String page = mvc.perform(get("/referrals/new").with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("elija cuál").contains("/referrals/new?jurisdiction=11001")
                .contains("/referrals/new?jurisdiction=54001").contains("id=\"app-nav\"");
        mvc.perform(get("/referrals/new").param("jurisdiction", "54001").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk());
    }

    @Test
    void theParameterNeverWidensAnotherUsersReach() throws Exception {
        String body = mvc.perform(get("/api/v1/households").param("jurisdiction", "54001")
                .with(user(users.loadUserByUsername("campo.suba"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long cucuta = jdbc.sql("select id from jurisdiction where code = '54001'").query(Long.class).single();
        assertThat(body).doesNotContain("\"jurisdictionId\":" + cucuta + ",");
    }
}
