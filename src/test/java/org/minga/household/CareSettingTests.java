package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Care plans of settings (entornos cuidadores, issue 24): a school's or a workplace's plan is followed like a
 * family's (actions, overdue ones shown as such, visits, closing), environmental actions carry their category, and a
 * role that reads only figures sees counts by setting type and state, never a setting's plan or a person.
 */
@MingaTest
class CareSettingTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Bogota"));

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    JsonNode send(MockHttpServletRequestBuilder r, String user, String body, ResultMatcher expected) throws Exception {
        return InstrumentAndCareTests.send(mvc, json, r, user, body, expected);
    }

    String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, "minga2026"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static String action(String need, String category, String responsible, LocalDate start, LocalDate due) {
        return "{\"need\":\"" + need + "\",\"action\":\"Acción para " + need + "\",\"category\":\"" + category
                + "\",\"responsibleType\":\"ENTIDAD\",\"responsibleName\":\"" + responsible + "\",\"startOn\":\""
                + start + "\",\"dueOn\":\"" + due + "\"}";
    }

    @Test
    void aSettingsPlanIsFollowedLikeAFamilysAndAnOverdueActionShowsAsOverdue() throws Exception {
        String code = "ENT-T-" + System.nanoTime();
        JsonNode bad = send(post("/api/v1/care-settings"), "local.suba", "{\"code\":\"" + code
                + "\",\"name\":\"Hospital\",\"type\":\"hospitalario\",\"territoryCode\":\"B-SUBA-02\"}",
                status().isBadRequest());
        assertThat(bad.get("errors").toString()).contains("\"field\":\"type\"").contains("educativo, laboral");
        JsonNode s = send(post("/api/v1/care-settings"), "local.suba", "{\"code\":\"" + code
                + "\",\"name\":\"Jardín infantil La Gaitana\",\"type\":\"Educativo\",\"territoryCode\":\"B-SUBA-02\","
                + "\"actorCode\":\"SED\"}", status().isCreated());
        long setting = s.get("id").asLong();
        assertThat(s.get("type").asText()).isEqualTo("EDUCATIVO");
        JsonNode plan = send(post("/api/v1/care-settings/" + setting + "/care-plans"), "campo.suba",
                "{\"actions\":[" + action("Agua estancada en el patio", "Ambiental: vectores y zoonosis",
                        "Secretaría Distrital de Salud", TODAY.minusDays(20), TODAY.minusDays(2)) + ","
                        + action("Niños sin valoración nutricional", "GENERAL", "Equipo básico extramural Suba 1",
                                TODAY.minusDays(5), TODAY.plusDays(20))
                        + "]}",
                status().isCreated());
        long planId = plan.get("id").asLong();
        assertThat(plan.get("settingId").asLong()).isEqualTo(setting);
        assertThat(plan.hasNonNull("householdId")).isFalse();
        JsonNode late = plan.get("actions").get(0);
        assertThat(late.get("category").asText()).isEqualTo("VECTORES_ZOONOSIS");
        assertThat(late.get("environmental").asBoolean()).isTrue();
        assertThat(late.get("overdue").asBoolean()).isTrue();
        assertThat(plan.get("actions").get(1).get("overdue").asBoolean()).isFalse();

        String shown = page("/care-plans/" + planId, "campo.suba");
        assertThat(shown).contains("Jardín infantil La Gaitana").contains("Ambiental: vectores y zoonosis")
                .contains("Vencida");
        assertThat(page("/care-settings/" + setting, "campo.suba")).contains("1 acciones vencidas")
                .contains("Secretaría de Educación del Distrito");
        // a second active plan is refused, as for a household
        JsonNode second = send(post("/api/v1/care-settings/" + setting + "/care-plans"), "campo.suba",
                "{\"actions\":[" + action("Otra", "GENERAL", "Equipo", TODAY, TODAY.plusDays(3)) + "]}",
                status().isBadRequest());
        assertThat(second.get("errors").toString()).contains("settingId")
                .contains("ya tiene un plan de cuidado activo");

        // the same follow-up: the action done is no longer overdue, a visit, then closing
        JsonNode done = send(put("/api/v1/care-plans/" + planId + "/actions/" + late.get("id").asLong()),
                "campo.suba", "{\"status\":\"CUMPLIDA\",\"version\":" + late.get("version").asInt() + "}",
                status().isOk());
        assertThat(done.get("actions").get(0).get("overdue").asBoolean()).isFalse();
        assertThat(page("/care-plans/" + planId, "campo.suba")).doesNotContain("Vencida");
        JsonNode visited = send(post("/api/v1/care-plans/" + planId + "/visits"), "campo.suba",
                "{\"visitedOn\":\"" + TODAY + "\",\"notes\":\"Patio revisado con la rectoría.\"}", status().isOk());
        assertThat(visited.get("visits")).hasSize(1);
        JsonNode closed = send(post("/api/v1/care-plans/" + planId + "/close"), "campo.suba",
                "{\"version\":" + visited.get("version").asInt() + "}", status().isOk());
        assertThat(closed.get("status").asText()).isEqualTo("CERRADO");
        send(post("/api/v1/care-plans/" + planId + "/visits"), "campo.suba",
                "{\"visitedOn\":\"" + TODAY + "\",\"notes\":\"Otra\"}", status().isConflict());

        // another territory's user does not reach the setting nor its plan
        send(get("/api/v1/care-settings/" + setting), "cucuta", null, status().isForbidden());
        send(get("/api/v1/care-plans/" + planId), "cucuta", null, status().isForbidden());
    }

    @Test
    void theDemoSchoolOfSubaHasAnOverdueEnvironmentalActionAndAWorkplaceOfKennedyIsFollowed() throws Exception {
        long school = jdbc.sql("select id from care_setting where code = 'ENT-COL-SUBA-01'").query(Long.class)
                .single();
        JsonNode d = send(get("/api/v1/care-settings/" + school), "local.suba", null, status().isOk());
        assertThat(d.get("setting").get("type").asText()).isEqualTo("EDUCATIVO");
        assertThat(d.get("actorName").asText()).contains("Secretaría de Educación del Distrito");
        JsonNode actions = d.get("plans").get(0).get("actions");
        assertThat(actions.findValues("category").toString()).contains("AGUA_SANEAMIENTO");
        boolean overdueEnvironmental = false;
        for (JsonNode a : actions) {
            overdueEnvironmental |= a.get("environmental").asBoolean() && a.get("overdue").asBoolean();
        }
        assertThat(overdueEnvironmental).isTrue();
        JsonNode kennedy = send(get("/api/v1/care-settings?type=laboral"), "distrito", null, status().isOk());
        assertThat(kennedy.get("items").toString()).contains("Plaza de mercado de Patio Bonito");
        // a Suba user does not see Kennedy's workplace
        JsonNode suba = send(get("/api/v1/care-settings"), "local.suba", null, status().isOk());
        assertThat(suba.get("items").toString()).contains("Colegio Distrital Suba Centro")
                .doesNotContain("Patio Bonito");
    }

    @Test
    void aFiguresOnlyRoleSeesCountsBySettingTypeAndStateNeverASettingsPlanOrAPerson() throws Exception {
        long workplacePlan = jdbc.sql("""
                select c.id from care_plan c join care_setting s on s.id = c.setting_id
                 where s.code = 'ENT-LAB-KEN-01' and c.status = 'ACTIVO'""").query(Long.class).single();
        String figures = page("/care-settings/figures", "consulta.kennedy");
        assertThat(figures).contains("Laboral").contains("activo")
                .doesNotContain("Plaza de mercado de Patio Bonito").doesNotContain("Secretaría Distrital de Salud")
                .doesNotContain("Colegio Distrital Suba Centro");
        JsonNode counts = send(get("/api/v1/care-settings/figures"), "consulta.kennedy", null, status().isOk());
        assertThat(counts.toString()).contains("\"type\":\"LABORAL\"").contains("\"status\":\"ACTIVO\"")
                .doesNotContain("EDUCATIVO");
        assertThat(counts.get(0).get("plans").asLong()).isPositive();
        assertThat(counts.get(0).get("environmentalActions").asLong()).isPositive();
        send(get("/api/v1/care-plans/" + workplacePlan), "consulta.kennedy", null, status().isForbidden());
        send(get("/api/v1/care-settings"), "consulta.kennedy", null, status().isForbidden());
        mvc.perform(get("/care-settings").with(httpBasic("consulta.kennedy", "minga2026")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/care-plans/" + workplacePlan).with(httpBasic("consulta.kennedy", "minga2026")))
                .andExpect(status().isForbidden());
    }
}
