package org.minga.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A strategy's classifications on Bogotá's demo: categories per dimension, a goal, an action, an alert and a
 * care-plan need classified through the one link (planning's) with each record's owner answering for it, and the
 * figures by category counted within the reader's scope.
 */
@MingaTest
class StrategyClassificationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    JsonNode send(MockHttpServletRequestBuilder r, String user, String body, ResultMatcher expected) throws Exception {
        if (body != null) {
            r = r.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        String s = mvc.perform(r.with(httpBasic(user, "minga2026")).with(csrf())).andExpect(expected).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return s.isEmpty() ? null : json.readTree(s);
    }

    String suba() {
        return jdbc.sql("""
                select t.path from territory t join jurisdiction j on j.id = t.jurisdiction_id
                where j.code = '11001' and t.code = '11'""").query(String.class).single();
    }

    long first(String sql) {
        return jdbc.sql(sql).param("p", suba() + "%").query(Long.class).list().get(0);
    }

    String category(String dimension, String prefix) throws Exception {
        String code = prefix + "-" + (System.nanoTime() % 1_000_000);
        send(post("/api/v1/strategy/categories?jurisdiction=11001"), "distrito", """
                {"dimension": "%s", "code": "%s", "name": "Categoría %s"}""".formatted(dimension, code, code),
                status().isCreated());
        return code;
    }

    long figure(String user, String code, String kind) throws Exception {
        JsonNode figures = send(get("/api/v1/strategy/figures?jurisdiction=11001"), user, null, status().isOk());
        for (JsonNode f : figures) {
            if (f.get("category").get("code").asText().equals(code)) {
                return f.get("counts").get(kind).asLong();
            }
        }
        throw new AssertionError("no figure for " + code);
    }

    @Test
    void goalsActionsAlertsAndCareNeedsAreClassifiedAndCountedByCategory() throws Exception {
        String right = category("RIGHT", "proteccion");
        String population = category("population", "p0-17");
        long alert = first("select id from alert where territory_path like :p order by id");
        long need = first("""
                select a.id from care_plan_action a join care_plan c on c.id = a.care_plan_id
                where c.territory_path like :p order by a.id""");
        long goal = jdbc
                .sql("""
                        select n.id from plan_node n join plan p on p.id = n.plan_id join jurisdiction j on j.id = p.jurisdiction_id
                        where j.code = '11001' and n.kind = 'GOAL' order by n.id limit 1""")
                .query(Long.class).single();
        long action = jdbc.sql("""
                select a.id from plan_action a join action_plan ap on ap.id = a.action_plan_id
                join jurisdiction j on j.id = ap.jurisdiction_id where j.code = '11001' order by a.id limit 1""")
                .query(Long.class).single();
        String both = "{\"categories\": [\"" + right + "\", \"" + population.toUpperCase() + "\"]}";
        JsonNode saved = send(put("/api/v1/strategy/classifications/alert/" + alert), "local.suba", both,
                status().isOk());
        assertThat(saved.findValuesAsText("code")).containsExactly(population, right); // population first
        send(put("/api/v1/strategy/classifications/care-need/" + need), "local.suba", both, status().isOk());
        send(put("/api/v1/strategy/classifications/GOAL/" + goal), "distrito", both, status().isOk());
        send(put("/api/v1/strategy/classifications/ACTION/" + action), "distrito", both, status().isOk());
        // classifying again replaces: the action now carries only the right
        send(put("/api/v1/strategy/classifications/ACTION/" + action), "distrito",
                "{\"categories\": [\"" + right + "\"]}", status().isOk());

        assertThat(figure("distrito", right, "ALERT")).isEqualTo(1);
        assertThat(figure("distrito", right, "CARE_NEED")).isEqualTo(1);
        assertThat(figure("distrito", right, "GOAL")).isEqualTo(1);
        assertThat(figure("distrito", right, "ACTION")).isEqualTo(1);
        assertThat(figure("distrito", population, "ACTION")).isZero();
        assertThat(figure("local.suba", right, "ALERT")).isEqualTo(1);
        // Kennedy's reader counts only what lies in Kennedy: none of Suba's records
        assertThat(figure("consulta.kennedy", right, "ALERT")).isZero();
        assertThat(figure("consulta.kennedy", right, "CARE_NEED")).isZero();
        JsonNode read = send(get("/api/v1/strategy/classifications/GOAL/" + goal), "local.suba", null,
                status().isOk());
        assertThat(read.findValuesAsText("code")).containsExactly(population, right);

        mvc.perform(get("/planning/strategy").param("jurisdiction", "11001").with(httpBasic("distrito", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Categoría " + right)))
                .andExpect(content().string(Matchers.containsString("Categoría de derechos")))
                .andExpect(content().string(Matchers.containsString("Necesidades de planes de cuidado")));
        mvc.perform(get("/planning/strategy/classify/ALERT/" + alert).with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Alerta " + alert)))
                .andExpect(content().string(Matchers.matchesRegex("(?s).*value=\"" + right + "\"\\s+checked.*")));
    }

    @Test
    void whoMayNotClassifyIsRefusedAndBadInputIsNamed() throws Exception {
        String right = category("RIGHT", "existencia");
        long alert = first("select id from alert where territory_path like :p order by id");
        JsonNode unknown = send(put("/api/v1/strategy/classifications/ALERT/" + alert), "local.suba",
                "{\"categories\": [\"no-existe\"]}", status().isBadRequest());
        assertThat(unknown.get("errors").get(0).get("field").asText()).isEqualTo("categories");
        assertThat(unknown.get("errors").get(0).get("message").asText()).contains("«no-existe» no existe");
        JsonNode kind = send(put("/api/v1/strategy/classifications/household/" + alert), "local.suba",
                "{\"categories\": []}", status().isBadRequest());
        assertThat(kind.get("errors").get(0).get("message").asText()).contains("no se clasifica");
        // a goal of the district plan: the local team reads it but does not classify it
        long goal = jdbc
                .sql("""
                        select n.id from plan_node n join plan p on p.id = n.plan_id join jurisdiction j on j.id = p.jurisdiction_id
                        where j.code = '11001' and n.kind = 'GOAL' and p.territory_path not like :p order by n.id limit 1""")
                .param("p", suba() + "%").query(Long.class).single();
        send(put("/api/v1/strategy/classifications/GOAL/" + goal), "local.suba",
                "{\"categories\": [\"" + right + "\"]}", status().isForbidden());
        send(post("/api/v1/strategy/categories?jurisdiction=11001"), "local.suba",
                "{\"dimension\": \"RIGHT\", \"code\": \"x\", \"name\": \"X\"}", status().isForbidden());
        JsonNode duplicate = send(post("/api/v1/strategy/categories?jurisdiction=11001"), "distrito",
                "{\"dimension\": \"RIGHT\", \"code\": \"" + right + "\", \"name\": \"Otra\"}",
                status().isBadRequest());
        assertThat(duplicate.toString()).contains("Ya existe una categoría");
        JsonNode dimension = send(post("/api/v1/strategy/categories?jurisdiction=11001"), "distrito",
                "{\"dimension\": \"DERECHOS\", \"code\": \"zz\", \"name\": \"Otra\"}", status().isBadRequest());
        assertThat(dimension.get("errors").get(0).get("field").asText()).isEqualTo("dimension");
    }
}
