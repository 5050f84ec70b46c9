package org.minga.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Care routes designed in the pages, in versions: applying a route uses the version in force, and a person who
 * started a route stays on the version they started when the route is edited afterwards.
 */
@MingaTest
class CareRouteVersionTests {

    static final String PW = "minga2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    JsonNode call(MockHttpServletRequestBuilder req, String user, Object body, int expected) throws Exception {
        req = req.with(httpBasic(user, PW));
        if (body != null) {
            req = req.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        String out = mvc.perform(req).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return out.isEmpty() ? null : json.readTree(out);
    }

    long cucutaPerson(int skip) {
        return jdbc.sql("""
                select p.id from person p join household h on h.id = p.household_id
                where h.code like 'H-CUC-%' and not p.processing_stopped and p.merged_into is null
                  and p.anonymised_at is null
                  and exists (select 1 from data_authorization a where a.person_id = p.id and a.withdrawn_at is null
                              and a.sensitive_data)
                order by p.id desc offset :s limit 1""").param("s", skip).query(Long.class).single();
    }

    String actorCode(String name) {
        return jdbc.sql("""
                select a.code from actor a join jurisdiction j on j.id = a.jurisdiction_id
                where j.code = '54001' and a.name = :n""").param("n", name).query(String.class).single();
    }

    JsonNode apply(long route, long person) throws Exception {
        return call(post("/api/v1/care-routes/" + route + "/applications"), "cucuta",
                Map.of("personId", person, "needDescription", "Desnutrición aguda", "origin", "visita de campo",
                        "priority", "alta", "shareAuthorized", true, "shareEvidence", "FR-2"),
                201);
    }

    static List<String> stepNames(JsonNode steps, String field) {
        List<String> names = new ArrayList<>();
        steps.forEach(s -> names.add(s.get(field).asText()));
        return names;
    }

    @Test
    void aRouteEditedAfterAPersonStartedItKeepsThatPersonOnTheVersionTheyStarted() throws Exception {
        String health = actorCode("Secretaría de Salud");
        String code = "RUTA-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        // designed in the page: two steps, the empty rows are not steps
        String created = mvc.perform(post("/care-routes").param("jurisdiction", "54001").with(csrf())
                .with(httpBasic("admin", PW)).param("code", code).param("name", "Ruta de nutrición infantil")
                .param("needCategory", "HEALTH").param("s0_name", "Valoración nutricional")
                .param("s0_actor", health).param("s0_days", "5").param("s0_conditions", "Menores de 5 años")
                .param("s1_name", "Seguimiento nutricional").param("s1_actor", health).param("s1_days", "20")
                .param("s2_name", "").param("s2_actor", "").param("s2_days", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/care-routes/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long route = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        JsonNode v1 = call(get("/api/v1/care-routes/" + route), "cucuta", null, 200);
        assertThat(v1.get("routeVersion").asInt()).isEqualTo(1);
        assertThat(stepNames(v1.get("steps"), "name")).containsExactly("Valoración nutricional",
                "Seguimiento nutricional");
        assertThat(v1.at("/steps/0/conditions").asText()).isEqualTo("Menores de 5 años");

        long first = cucutaPerson(0);
        JsonNode started = apply(route, first);
        assertThat(started.get("routeVersion").asInt()).isEqualTo(1);

        // the route is edited in the page: a third step, the first renamed -> version 2, in force from now on
        mvc.perform(post("/care-routes/" + route + "/edit").with(csrf()).with(httpBasic("admin", PW))
                .param("version", v1.get("version").asText()).param("name", "Ruta de nutrición infantil")
                .param("needCategory", "HEALTH").param("s0_name", "Tamizaje nutricional").param("s0_actor", health)
                .param("s0_days", "3").param("s1_name", "Inscripción en apoyo alimentario").param("s1_actor", health)
                .param("s1_days", "10").param("s2_name", "Seguimiento nutricional").param("s2_actor", health)
                .param("s2_days", "20")).andExpect(status().is3xxRedirection());
        JsonNode v2 = call(get("/api/v1/care-routes/" + route), "cucuta", null, 200);
        assertThat(v2.get("routeVersion").asInt()).isEqualTo(2);
        assertThat(v2.get("versions").size()).isEqualTo(2);

        // the person who started on version 1 stays on it: its two steps, its names, its referrals
        JsonNode kept = call(get("/api/v1/care-routes/applications/" + started.get("id")), "cucuta", null, 200);
        assertThat(kept.get("routeVersion").asInt()).isEqualTo(1);
        assertThat(stepNames(kept.get("steps"), "stepName")).containsExactly("Valoración nutricional",
                "Seguimiento nutricional");
        assertThat(stepNames(kept.get("steps"), "referralId"))
                .isEqualTo(stepNames(started.get("steps"), "referralId"));
        assertThat(jdbc.sql("select count(*) from referral where route_application_id = :a")
                .param("a", started.get("id").asLong()).query(Long.class).single()).isEqualTo(2);

        // applying it now uses the version in force
        JsonNode now = apply(route, cucutaPerson(1));
        assertThat(now.get("routeVersion").asInt()).isEqualTo(2);
        assertThat(stepNames(now.get("steps"), "stepName")).containsExactly("Tamizaje nutricional",
                "Inscripción en apoyo alimentario", "Seguimiento nutricional");

        // version 1 is still readable, marked as no longer in force
        assertThat(stepNames(call(get("/api/v1/care-routes/" + route + "?version=1"), "cucuta", null, 200)
                .get("steps"), "name")).containsExactly("Valoración nutricional", "Seguimiento nutricional");
        mvc.perform(get("/care-routes/" + route + "?version=1").with(httpBasic("cucuta", PW)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ya no está vigente")));
        // a revision against a version already replaced is refused with a message, and so is a step without entity
        call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/care-routes/" + route),
                "admin", Map.of("name", "Otra", "needCategory", "HEALTH", "version", v1.get("version").asInt(),
                        "steps", List.of(Map.of("name", "Paso", "actorCode", health, "maxDays", 3))),
                409);
        JsonNode bad = call(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/care-routes/" + route),
                "admin", Map.of("name", "Otra", "needCategory", "HEALTH", "steps",
                        List.of(Map.of("name", "Paso sin entidad", "maxDays", 3))),
                400);
        assertThat(bad.toString()).contains("steps[0].actorId");
        // the page for a new route is offered
        mvc.perform(get("/care-routes/new?jurisdiction=54001").with(httpBasic("admin", PW)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("s0_name")));
    }
}
