package org.minga.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Times;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Issue 23: agreements between actors that fund plan actions, and the alert before they expire. */
@MingaTest
class AgreementTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    AgreementExpiry expiry;

    @Test
    void anAgreementRecordsItsPartiesValueAndFundedActionsAndIsAnnouncedOnceBeforeItExpires() throws Exception {
        Jurisdiction bogota = jurisdictions.byCode("11001").orElseThrow();
        LocalDate today = Times.todayIn(bogota.id());
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        long ap = jdbc.sql("select id from action_plan where code = 'PAI-APS-2025'").query(Long.class).single();
        long teams = jdbc.sql("select id from plan_action where action_plan_id = :a and code = 'A1'").param("a", ap)
                .query(Long.class).single();
        long otherPlansAction = jdbc.sql("select a.id from plan_action a join action_plan p on p.id = a.action_plan_id "
                + "where p.code = 'PO-BCB-2024'").query(Long.class).list().get(0);

        sign(ap, "CV-" + tag, "[\"Secretaría Distrital de Salud\", \"Subred Norte\"]", "1500000000.50",
                today.minusMonths(6), today.plusDays(10), teams).andExpect(status().isCreated());
        sign(ap, "CV2-" + tag, "[\"Secretaría Distrital de Salud\", \"Subred Sur\"]", "900000000",
                today.minusMonths(6), today.plusDays(60), teams).andExpect(status().isCreated());
        sign(ap, "CV3-" + tag, "[\"Secretaría Distrital de Salud\"]", "1", today, today.plusDays(1), teams)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parties"));
        sign(ap, "CV4-" + tag, "[\"SDS\", \"Subred Sur\"]", "1", today, today.plusDays(1), otherPlansAction)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fundedActions"));

        mvc.perform(get("/api/v1/action-plans/" + ap).with(httpBasic("admin", "minga2026")))
                .andExpect(jsonPath("$.agreements[?(@.code == 'CV-" + tag + "')].value").value(1500000000.50))
                .andExpect(jsonPath("$.agreements[?(@.code == 'CV-" + tag + "')].parties[1]").value("Subred Norte"))
                .andExpect(jsonPath("$.agreements[?(@.code == 'CV-" + tag + "')].fundedActions[0]")
                        .value(org.hamcrest.Matchers
                                .hasItem(containsString("A1 · Equipos de atención primaria social"))));
        mvc.perform(get("/planning/action-plans/" + ap).with(httpBasic("admin", "minga2026")))
                .andExpect(content().string(containsString("CV-" + tag)))
                .andExpect(content().string(containsString("1.500.000.000,5")));

        // an agreement funds services of the offer too; a service of another jurisdiction is refused by name
        var service = jdbc.sql("select id, name from offer_service where jurisdiction_id = :j order by id limit 1")
                .param("j", bogota.id()).query().singleRow();
        long otherService = jdbc.sql("select id from offer_service where jurisdiction_id <> :j order by id limit 1")
                .param("j", bogota.id()).query(Long.class).single();
        String withServices = """
                {"code": "%s", "kind": "CONVENIO", "parties": ["Secretaría Distrital de Salud", "Subred Norte"],
                 "object": "Financiar servicios de la oferta", "value": 1000000, "startsOn": "%s", "endsOn": "%s",
                 "fundedActions": [%d], "fundedServices": [%d]}""";
        mvc.perform(post("/api/v1/action-plans/" + ap + "/agreements").with(csrf())
                .with(httpBasic("admin", "minga2026")).contentType(MediaType.APPLICATION_JSON)
                .content(withServices.formatted("CVS2-" + tag, today, today.plusMonths(3), teams, otherService)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fundedServices"));
        mvc.perform(post("/api/v1/action-plans/" + ap + "/agreements").with(csrf())
                .with(httpBasic("admin", "minga2026")).contentType(MediaType.APPLICATION_JSON)
                .content(withServices.formatted("CVS-" + tag, today, today.plusMonths(3), teams, service.get("id"))))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/action-plans/" + ap).with(httpBasic("admin", "minga2026")))
                .andExpect(jsonPath("$.agreements[?(@.code == 'CVS-" + tag + "')].fundedServices[0]")
                        .value(org.hamcrest.Matchers.hasItem((String) service.get("name"))));
        mvc.perform(get("/planning/action-plans/" + ap).with(httpBasic("admin", "minga2026")))
                .andExpect(content().string(containsString("Servicios: ")));

        assertThat(expiry.remind(bogota, today)).as("people who manage Bogotá's plans are told").isPositive();
        assertThat(notified("CV-" + tag)).isPositive();
        assertThat(notified("CV2-" + tag)).as("60 days away: not yet").isZero();
        long before = notified("CV-" + tag);
        expiry.remind(bogota, today);
        assertThat(notified("CV-" + tag)).as("once per agreement and end date").isEqualTo(before);
        assertThat(jdbc.sql("select link from notification where title = :t limit 1").param("t",
                "Convenio por vencer: CV-" + tag).query(String.class).single())
                        .isEqualTo("/planning/action-plans/" + ap);
    }

    private long notified(String code) {
        return jdbc.sql("select count(*) from notification where kind = 'agreement.expiring' and title = :t")
                .param("t", "Convenio por vencer: " + code).query(Long.class).single();
    }

    private ResultActions sign(long ap, String code, String parties, String value, LocalDate from, LocalDate to,
            long action) throws Exception {
        return mvc.perform(post("/api/v1/action-plans/" + ap + "/agreements").with(csrf())
                .with(httpBasic("admin", "minga2026")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"code": "%s", "kind": "INTERADMINISTRATIVE_CONTRACT", "parties": %s,
                         "object": "Operar los equipos de atención primaria social", "value": %s,
                         "startsOn": "%s", "endsOn": "%s", "fundedActions": [%d],
                         "documentTitle": "Minuta firmada", "documentUrl": "https://contratos.example.org/%s"}"""
                        .formatted(code, parties, value, from, to, action, code)));
    }
}
