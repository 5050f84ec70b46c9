package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Instruments as data with versions and conditions; care plans; field-team workload; concurrent edits. */
@MingaTest
class InstrumentAndCareTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    JsonNode send(MockHttpServletRequestBuilder r, String user, String body, ResultMatcher expected) throws Exception {
        return send(mvc, json, r, user, body, expected);
    }

    /** A JSON call as a demo user (password minga2026): the answer read as JSON, null when empty. */
    static JsonNode send(MockMvc mvc, ObjectMapper json, MockHttpServletRequestBuilder r, String user, String body,
            ResultMatcher expected) throws Exception {
        if (body != null) {
            r = r.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        String s = mvc.perform(r.with(httpBasic(user, "minga2026"))).andExpect(expected).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return s.isEmpty() ? null : json.readTree(s);
    }

    long household(String code) {
        return jdbc.sql("select id from household where code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void instrumentsAreVersionedDataAndAnswersReadAgainstTheirVersion() throws Exception {
        String code = "ENC-" + System.nanoTime();
        String v1 = "{\"sections\":[{\"title\":\"Agua\",\"questions\":["
                + "{\"code\":\"tiene_agua\",\"text\":\"¿Tiene agua?\",\"type\":\"YES_NO\",\"required\":true},"
                + "{\"code\":\"fuente\",\"text\":\"¿De dónde?\",\"type\":\"SINGLE\",\"required\":true,\"options\":[\"Acueducto\",\"Pozo\"],"
                + "\"showIf\":{\"question\":\"tiene_agua\",\"equals\":true}}]}]}";
        send(post("/api/v1/instruments"), "local.suba", "{\"jurisdiction\":\"11001\",\"code\":\"" + code
                + "\",\"name\":\"Encuesta de agua\",\"subject\":\"HOUSEHOLD\",\"definition\":" + v1 + "}",
                status().isForbidden());
        JsonNode inst = send(post("/api/v1/instruments"), "distrito", "{\"jurisdiction\":\"11001\",\"code\":\"" + code
                + "\",\"name\":\"Encuesta de agua\",\"subject\":\"HOUSEHOLD\",\"definition\":" + v1 + "}",
                status().isCreated());
        long id = inst.get("id").asLong();
        long h = household("H-SUBA-0010");
        // the condition: "fuente" is required only when there is water
        send(post("/api/v1/characterizations"), "local.suba", "{\"instrumentId\":" + id + ",\"householdId\":" + h
                + ",\"answers\":{\"tiene_agua\":false}}", status().isCreated());
        JsonNode missing = send(post("/api/v1/characterizations"), "local.suba",
                "{\"instrumentId\":" + id + ",\"householdId\":" + h
                        + ",\"answers\":{\"tiene_agua\":\"si\"}}",
                status().isBadRequest());
        assertThat(missing.get("errors").toString()).contains("La pregunta '¿De dónde?' es obligatoria.");
        JsonNode first = send(post("/api/v1/characterizations"), "local.suba",
                "{\"instrumentId\":" + id + ",\"householdId\":" + h
                        + ",\"answers\":{\"tiene_agua\":\"si\",\"fuente\":\"Pozo\"}}",
                status().isCreated());

        String v2 = "{\"sections\":[{\"title\":\"Agua\",\"questions\":["
                + "{\"code\":\"horas_agua\",\"text\":\"Horas de agua al día\",\"type\":\"NUMBER\",\"required\":true}]}]}";
        send(post("/api/v1/instruments/" + id + "/versions"), "distrito", "{\"version\":5,\"definition\":" + v2 + "}",
                status().isConflict());
        JsonNode published = send(post("/api/v1/instruments/" + id + "/versions"), "distrito",
                "{\"version\":0,\"definition\":" + v2 + "}", status().isOk());
        assertThat(published.get("currentVersion").asInt()).isEqualTo(2);
        JsonNode old = send(get("/api/v1/characterizations/" + first.get("id").asLong()), "local.suba", null,
                status().isOk());
        assertThat(old.get("instrumentVersion").asInt()).isEqualTo(1);
        assertThat(old.get("definition").toString()).contains("¿De dónde?").doesNotContain("Horas de agua");
        assertThat(old.get("answers").get("fuente").asText()).isEqualTo("Pozo");
        JsonNode wrong = send(post("/api/v1/characterizations"), "local.suba",
                "{\"instrumentId\":" + id + ",\"householdId\":" + h
                        + ",\"answers\":{\"fuente\":\"Pozo\",\"horas_agua\":\"doce\"}}",
                status().isBadRequest());
        assertThat(wrong.get("errors").toString())
                .contains("La pregunta 'fuente' no está en esta versión del instrumento")
                .contains("'doce' no es un número");
        JsonNode second = send(post("/api/v1/characterizations"), "local.suba",
                "{\"instrumentId\":" + id + ",\"householdId\":" + h
                        + ",\"answers\":{\"horas_agua\":\"12,5\"}}",
                status().isCreated());
        assertThat(second.get("instrumentVersion").asInt()).isEqualTo(2);
        assertThat(send(get("/api/v1/instruments/" + id + "?version=1"), "local.suba", null, status().isOk())
                .get("definition").toString())
                        .contains("tiene_agua");
    }

    @Test
    void invalidInstrumentDefinitionsAreRefusedWithClearMessages() throws Exception {
        JsonNode bad = send(post("/api/v1/instruments"), "admin", "{\"jurisdiction\":\"11001\",\"code\":\"MAL-"
                + System.nanoTime()
                + "\",\"name\":\"Mal\",\"subject\":\"PERSON\",\"definition\":{\"sections\":[{\"title\":\"S\",\"questions\":["
                + "{\"code\":\"a\",\"text\":\"A\",\"type\":\"SINGLE\",\"options\":[\"x\"]},"
                + "{\"code\":\"b\",\"text\":\"B\",\"type\":\"COLOR\",\"showIf\":{\"question\":\"z\",\"equals\":1}}]}]}}",
                status().isBadRequest());
        assertThat(bad.get("errors").toString()).contains("necesita al menos dos opciones")
                .contains("el tipo debe ser TEXT, NUMBER, DATE, SINGLE, MULTIPLE o YES_NO")
                .contains("la condición debe referirse a una pregunta anterior");
    }

    @Test
    void carePlanWithActionsVisitsAndWorkload() throws Exception {
        long h = household("H-SUBA-0011");
        jdbc.sql("update care_plan set status = 'CERRADO' where household_id = :h").param("h", h).update();
        JsonNode invalid = send(post("/api/v1/care-plans"), "campo.suba", "{\"householdId\":" + h
                + ",\"actions\":[{\"need\":\"Empleo\","
                + "\"action\":\"Ruta de empleo\",\"responsibleType\":\"VECINO\",\"responsibleName\":\"x\",\"startOn\":\"2025-03-10\",\"dueOn\":\"2025-03-01\"}]}",
                status().isBadRequest());
        assertThat(invalid.get("errors").toString()).contains("FAMILIA, EQUIPO o ENTIDAD")
                .contains("no puede ser anterior");
        JsonNode plan = send(post("/api/v1/care-plans"), "campo.suba", "{\"householdId\":" + h
                + ",\"actions\":[{\"need\":\"Empleo\","
                + "\"action\":\"Inscripción en la Agencia Pública de Empleo\",\"responsibleType\":\"ENTIDAD\",\"responsibleName\":\"SENA\","
                + "\"startOn\":\"2025-03-01\",\"dueOn\":\"2025-04-01\"}]}", status().isCreated());
        long id = plan.get("id").asLong();
        long action = plan.get("actions").get(0).get("id").asLong();
        send(put("/api/v1/care-plans/" + id + "/actions/" + action), "campo.suba",
                "{\"status\":\"CUMPLIDA\",\"version\":0}", status().isOk());
        send(put("/api/v1/care-plans/" + id + "/actions/" + action), "campo.suba",
                "{\"status\":\"EN_CURSO\",\"version\":0}", status().isConflict());
        JsonNode visited = send(post("/api/v1/care-plans/" + id + "/visits"), "campo.suba",
                "{\"visitedOn\":\"2025-03-05\",\"notes\":\"Visita\","
                        + "\"nextVisitOn\":\"2025-03-06\"}",
                status().isOk());
        assertThat(visited.get("visits")).hasSize(1);
        assertThat(visited.get("actions").get(0).get("status").asText()).isEqualTo("CUMPLIDA");

        long team = jdbc.sql("select id from field_team where code = 'EBE-SUBA-1'").query(Long.class).single();
        JsonNode work = send(get("/api/v1/field-teams/" + team + "/workload?size=500"), "campo.suba", null,
                status().isOk());
        assertThat(work.get("households").asLong()).isGreaterThanOrEqualTo(120);
        assertThat(work.get("visitsDue").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(work.get("rows").toString()).contains("H-SUBA-0011").doesNotContain("H-KEN-");
        // Kennedy's team is not in campo.suba's territory: its households are outside the scope
        long kennedyTeam = jdbc.sql("select id from field_team where code = 'EBE-KEN-1'").query(Long.class).single();
        assertThat(send(get("/api/v1/field-teams/" + kennedyTeam + "/workload"), "campo.suba", null, status().isOk())
                .get("households").asLong()).isZero();
    }

    @Test
    void concurrentHouseholdEditsAreDetected() throws Exception {
        long h = household("H-SUBA-0012");
        JsonNode current = send(get("/api/v1/households/" + h), "local.suba", null, status().isOk()).get("household");
        int v = current.get("version").asInt();
        send(put("/api/v1/households/" + h), "local.suba",
                "{\"address\":\"Calle 9\",\"estrato\":3,\"version\":" + v + "}", status().isOk());
        JsonNode stale = send(put("/api/v1/households/" + h), "local.suba",
                "{\"address\":\"Calle 10\",\"version\":" + v + "}", status().isConflict());
        assertThat(stale.get("detail").asText()).contains("Otra persona modificó este hogar");
        JsonNode bad = send(put("/api/v1/households/" + h), "local.suba",
                "{\"sisbenGroup\":\"Z9\",\"estrato\":9,\"version\":" + (v + 1) + "}", status().isBadRequest());
        assertThat(bad.get("errors").toString()).contains("El estrato debe estar entre 0 y 6")
                .contains("El grupo SISBEN IV 'Z9' no es válido");
    }
}
