package org.minga.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minga.JsonCalls;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A care route proposed from a community priority (issue 24, point 9): the need older people of Suba raised in the
 * dialogue that planned the 2024 fair prefills a route (name, population, territory), kept as its origin and shown on
 * its page; the route is proposed, not applied to anyone, until those who configure the jurisdiction approve it.
 */
@MingaTest
class CareRouteProposalTests {

    static final String PW = "minga2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    JsonNode call(MockHttpServletRequestBuilder req, String user, Object body, int expected) throws Exception {
        return new JsonCalls(mvc, json).call(req, user, body, expected);
    }

    long priority() {
        return jdbc.sql("select id from contribution where text like 'Las personas mayores que viven solas%'")
                .query(Long.class).single();
    }

    String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, PW))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aRouteProposedFromACommunityPriorityKeepsItAsOriginAndIsAppliedOnlyOnceApproved() throws Exception {
        long priority = priority();
        long space = jdbc.sql("select space_id from contribution where id = :id").param("id", priority)
                .query(Long.class).single();
        assertThat(page("/choices/community-priorities?q=personas+mayores+solas", "local.suba"))
                .contains("data-value=\"community-priority:" + priority + "\"");

        // the form is prefilled from the priority: name, population, territory, and the priority as its origin
        String form = page("/care-routes/proposals/new?jurisdiction=11001&priority=community-priority:" + priority,
                "local.suba");
        assertThat(form).contains("Ruta de cuidado de personas mayores",
                "value=\"OLDER_PERSONS\" selected=\"selected\"",
                "value=\"Suba\"", "Las personas mayores que viven solas", "Voces que la plantearon");

        String created = mvc.perform(post("/care-routes/proposals").with(csrf()).with(httpBasic("local.suba", PW))
                .param("jurisdiction", "11001").param("priority", "community-priority:" + priority)
                .param("code", "RUTA-PM-SOLAS").param("name", "Ruta de cuidado de personas mayores")
                .param("needCategory", "HEALTH").param("population", "OLDER_PERSONS")
                .param("s0_name", "Valoración de riesgo en el hogar").param("s0_actor", "SDS").param("s0_days", "5")
                .param("s1_name", "Acompañamiento a citas").param("s1_actor", "SDIS").param("s1_days", "10"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(created).matches("/care-routes/\\d+");
        long route = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));

        JsonNode v = call(get("/api/v1/care-routes/" + route), "local.suba", null, 200);
        assertThat(v.at("/standing/status").asText()).isEqualTo("PROPOSED");
        assertThat(v.at("/standing/populationLabel").asText()).isEqualTo("Personas mayores");
        assertThat(v.at("/standing/territoryName").asText()).isEqualTo("Suba");
        assertThat(v.at("/standing/originTitle").asText()).startsWith("Las personas mayores que viven solas");
        assertThat(v.at("/standing/originHref").asText()).isEqualTo("/participation/spaces/" + space);
        assertThat(v.at("/standing/proposedBy").asText()).isEqualTo("local.suba");
        String shown = page("/care-routes/" + route, "distrito");
        assertThat(shown).contains("Propuesta", "Las personas mayores que viven solas", "Aprobar la ruta")
                .doesNotContain("Aplicar la ruta a una persona");

        // a proposal is applied to nobody; the local user who proposed it does not approve it
        JsonNode refused = call(post("/api/v1/care-routes/" + route + "/applications"), "local.suba",
                Map.of("personId", 1, "shareAuthorized", true, "shareEvidence", "FR-1"), 409);
        assertThat(refused.toString()).contains("es una propuesta");
        call(post("/api/v1/care-routes/" + route + "/approve"), "local.suba", null, 403);

        JsonNode approved = call(post("/api/v1/care-routes/" + route + "/approve"), "distrito", null, 200);
        assertThat(approved.at("/standing/status").asText()).isEqualTo("IN_FORCE");
        assertThat(approved.at("/standing/approvedBy").asText()).isEqualTo("distrito");
        assertThat(approved.at("/standing/originTitle").asText()).startsWith("Las personas mayores");
        call(post("/api/v1/care-routes/" + route + "/approve"), "distrito", null, 409);
        assertThat(page("/care-routes/" + route, "distrito")).contains("Vigente", "Aplicar la ruta a una persona");
    }

    @Test
    void aPriorityOutOfReachOrMissingIsRefusedNamingTheField() throws Exception {
        long priority = priority();
        // Cúcuta's user cannot take a priority of Bogotá; a reader proposes nothing
        JsonNode bad = call(post("/api/v1/care-routes/proposals?jurisdiction=54001"), "cucuta",
                Map.of("priority", "community-priority:" + priority, "name", "Ruta", "needCategory", "HEALTH",
                        "steps", List.of(Map.of("name", "Paso", "actorCode", "SSA-CUC", "maxDays", 3))),
                400);
        assertThat(bad.toString()).contains("\"field\":\"priority\"");
        call(get("/api/v1/care-routes/proposals/prefill?jurisdiction=11001&priority=" + priority),
                "consulta.kennedy", null, 403);
        JsonNode noPop = call(post("/api/v1/care-routes/proposals?jurisdiction=11001"), "local.suba",
                Map.of("priority", String.valueOf(priority), "name", "Ruta", "needCategory", "HEALTH", "population",
                        "marcianos", "steps", List.of(Map.of("name", "Paso", "actorCode", "SDS", "maxDays", 3))),
                400);
        assertThat(noPop.toString()).contains("\"field\":\"population\"");
        JsonNode prefill = call(get("/api/v1/care-routes/proposals/prefill?jurisdiction=11001&priority=" + priority),
                "local.suba", null, 200);
        assertThat(prefill.get("population").asText()).isEqualTo("OLDER_PERSONS");
        assertThat(prefill.get("territoryName").asText()).isEqualTo("Suba");
    }
}
