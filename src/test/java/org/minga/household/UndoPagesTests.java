package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * "Deshacer" right after closing an alert or changing a care-plan action: the confirmation offers it, the undo is a
 * real transition back (audited), and it is refused once something else happened or the time is over.
 */
@MingaTest
class UndoPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    /** Posts as the field worker of Suba and opens the page the redirect leads to, with its one-time message. */
    String postAndFollow(MockHttpServletRequestBuilder r) throws Exception {
        MvcResult done = mvc.perform(r.with(httpBasic("campo.suba", "minga2026")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return mvc.perform(get(done.getResponse().getRedirectedUrl()).with(httpBasic("campo.suba", "minga2026"))
                .cookie(done.getResponse().getCookies())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long newHousehold() throws Exception {
        String body = mvc.perform(post("/api/v1/households").with(httpBasic("local.suba", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"jurisdiction\":\"11001\",\"territoryCode\":\"B-SUBA-02\",\"address\":\"Calle 9\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body).get("id").asLong();
    }

    int alertVersion(long alert) {
        return jdbc.sql("select version from alert where id = :id").param("id", alert).query(Integer.class).single();
    }

    @Test
    void closingAnAlertCanBeUndoneForTenMinutesWhileNothingElseChanged() throws Exception {
        long h = newHousehold();
        long hogar = jdbc.sql("""
                select i.id from instrument i join jurisdiction j on j.id = i.jurisdiction_id
                where j.code = '11001' and i.code = 'HOGAR-APS'""").query(Long.class).single();
        postAndFollow(post("/households/" + h + "/characterizations").param("instrumentId", String.valueOf(hogar))
                .param("a.tipo_vivienda", "Casa").param("a.agua_potable", "true")
                .param("a.inseguridad_alimentaria", "7"));
        long alert = jdbc.sql("select id from alert where household_id = :h").param("h", h).query(Long.class)
                .single();

        String closed = postAndFollow(post("/alerts/" + alert).param("status", "CERRADA")
                .param("note", "Remitida al comedor comunitario").param("version", "" + alertVersion(alert)));
        int after = alertVersion(alert);
        assertThat(closed).contains("La alerta se actualizó.").contains("action=\"/alerts/" + alert + "/undo\"")
                .contains(">Deshacer</button>").contains("name=\"version\" value=\"" + after + "\"");

        String undone = postAndFollow(post("/alerts/" + alert + "/undo").param("version", "" + after));
        assertThat(undone).contains("Se deshizo el cierre: la alerta volvió al estado que tenía.");
        assertThat(jdbc.sql("select status from alert where id = :id").param("id", alert).query(String.class)
                .single()).isEqualTo("ABIERTA");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'Alert' and entity_id = :id"
                + " and summary like '%cierre deshecho%' and username = 'campo.suba'")
                .param("id", String.valueOf(alert))
                .query(Long.class).single()).isEqualTo(1);

        // the same undo again: something changed since, so it is refused with a message, not an error page
        String again = postAndFollow(post("/alerts/" + alert + "/undo").param("version", "" + after));
        assertThat(again).contains("Otra persona modificó esta alerta");

        // closed more than ten minutes ago: no longer undone
        postAndFollow(post("/alerts/" + alert).param("status", "CERRADA").param("note", "Atendida")
                .param("version", "" + alertVersion(alert)));
        jdbc.sql("update alert set closed_at = closed_at - interval '11 minutes' where id = :id").param("id", alert)
                .update();
        String late = postAndFollow(post("/alerts/" + alert + "/undo").param("version", "" + alertVersion(alert)));
        assertThat(late).contains("El cierre ya no se puede deshacer: pasaron más de 10 minutos.");
        assertThat(jdbc.sql("select status from alert where id = :id").param("id", alert).query(String.class)
                .single()).isEqualTo("CERRADA");
    }

    @Test
    void aCarePlanActionMarkedDoneCanBeUndoneUntilSomeoneChangesItAgain() throws Exception {
        long h = newHousehold();
        MvcResult created = mvc.perform(post("/households/" + h + "/care-plans")
                .with(httpBasic("campo.suba", "minga2026")).with(csrf()).param("need", "Vacunación")
                .param("action", "Completar esquema de vacunas").param("responsibleType", "FAMILIA")
                .param("responsibleName", "Madre").param("startOn", "2026-01-10").param("dueOn", "2026-02-01")
                .param("status", "PENDIENTE")).andExpect(status().is3xxRedirection()).andReturn();
        String plan = created.getResponse().getRedirectedUrl();
        long action = jdbc.sql("select id from care_plan_action where care_plan_id = :p")
                .param("p", Long.parseLong(plan.substring("/care-plans/".length()))).query(Long.class).single();

        String done = postAndFollow(
                post(plan + "/actions/" + action).param("status", "CUMPLIDA").param("version", "0"));
        assertThat(done).contains("action=\"" + plan + "/actions/" + action + "/undo\"").contains(">Deshacer</button>")
                .contains("name=\"status\" value=\"PENDIENTE\"")
                .contains("<option value=\"CUMPLIDA\" selected=\"selected\">Cumplida</option>");

        String undone = postAndFollow(post(plan + "/actions/" + action + "/undo").param("status", "PENDIENTE")
                .param("version", "1"));
        assertThat(undone).contains("Se deshizo el cambio: la acción volvió al estado que tenía.")
                .contains("<option value=\"PENDIENTE\" selected=\"selected\">Pendiente</option>")
                .doesNotContain(">Deshacer</button>");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'CarePlanAction'"
                + " and entity_id = :id and summary like '%cambio deshecho, vuelve a PENDIENTE%'")
                .param("id", String.valueOf(action))
                .query(Long.class).single()).isEqualTo(1);

        String stale = postAndFollow(post(plan + "/actions/" + action + "/undo").param("status", "CUMPLIDA")
                .param("version", "1"));
        assertThat(stale).contains("alguien la modificó")
                .contains("<option value=\"PENDIENTE\" selected=\"selected\">Pendiente</option>");
    }
}
