package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The pages of households, persons, alerts, field teams, attentions and data-subject requests. */
@MingaTest
class HouseholdPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, "minga2026"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void fieldUserSeesOnlySubaHouseholdsAndTheirRecords() throws Exception {
        String list = page("campo.suba", "/households");
        assertThat(list).contains("H-SUBA-0001").doesNotContain("H-KEN-").doesNotContain("H-CUC");
        long id = jdbc.sql("select id from household where code = 'H-SUBA-0006'").query(Long.class).single();
        String household = page("campo.suba", "/households/" + id);
        assertThat(household).contains("Integrantes").contains("Caracterización del hogar (APS), versión 1")
                .contains("Planes de cuidado familiar").contains("registro de accesos")
                .contains("Jefe o jefa del hogar").doesNotContain(">JEFE<").doesNotContain(">HIJO<")
                .doesNotContain("Plan ACTIVO").doesNotContain(">PENDIENTE<");
        long kennedy = jdbc.sql("select id from household where code = 'H-KEN-0001'").query(Long.class).single();
        mvc.perform(get("/households/" + kennedy).with(httpBasic("campo.suba", "minga2026")))
                .andExpect(status().isForbidden());
        long person = jdbc.sql("select id from person where household_id = :h order by id limit 1").param("h", id)
                .query(Long.class).single();
        String p = page("admin", "/persons/" + person);
        // the access log is the privacy officer's to read (API), not the administrator's
        assertThat(p).contains("Autorizaciones de tratamiento de datos").doesNotContain("Registro de accesos")
                .contains("Revocar autorización");
    }

    @Test
    void alertsTeamsAttentionsAndRequestsRender() throws Exception {
        // codes reach people as words: status and severity in plain Spanish
        assertThat(page("local.suba", "/alerts")).contains(">Abierta<").contains("H-SUBA-")
                .doesNotContain(">ABIERTA<").doesNotContain(">EN_GESTION<").doesNotContain(">CRITICA<")
                .doesNotContain(">ALTA<");
        assertThat(page("local.suba", "/field-teams")).contains("Equipo básico extramural Suba 1");
        long team = jdbc.sql("select id from field_team where code = 'EBE-SUBA-1'").query(Long.class).single();
        String workload = page("campo.suba", "/field-teams/" + team);
        assertThat(workload).contains("hogares por visitar").contains("H-SUBA-");
        assertThat(page("local.suba", "/attentions?level=localidad")).contains("Suba").contains("HOGAR")
                .doesNotContain("Kennedy");
        assertThat(page("local.suba", "/privacy/requests")).contains("Registrar una solicitud");
        assertThat(page("local.suba", "/households/new")).contains("Nuevo hogar");
        long h = jdbc.sql("select id from household where code = 'H-SUBA-0002'").query(Long.class).single();
        assertThat(page("local.suba", "/households/" + h + "/persons/new"))
                .contains("Autorización de tratamiento de datos");
    }

    @Test
    void personFormWithoutAuthorizationShowsTheMessageAndKeepsTheInput() throws Exception {
        long h = jdbc.sql("select id from household where code = 'H-SUBA-0003'").query(Long.class).single();
        String body = mvc
                .perform(post("/households/" + h + "/persons").with(httpBasic("local.suba", "minga2026")).with(csrf())
                        .param("documentType", "CC").param("documentNumber", "79123456").param("firstName", "Clara")
                        .param("lastName", "Formulario").param("birthDate", "1990-02-02").param("sex", "F")
                        .param("relation", "CONYUGE").param("ethnicity", "NINGUNA")
                        .param("authorization.channel", "PRESENCIAL"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Indique quién dio la autorización").contains("value=\"Clara\"");
        String saved = mvc
                .perform(post("/households/" + h + "/persons").with(httpBasic("local.suba", "minga2026")).with(csrf())
                        .param("documentType", "CC").param("documentNumber", "79123456").param("firstName", "Clara")
                        .param("lastName", "Formulario").param("birthDate", "1990-02-02").param("sex", "F")
                        .param("relation", "CONYUGE").param("ethnicity", "NINGUNA")
                        .param("authorization.grantedByName", "Clara Formulario")
                        .param("authorization.channel", "ESCRITO")
                        .param("authorization.purposes", "Caracterización")
                        .param("authorization.evidence", "Formato 12"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(saved).isEqualTo("/households/" + h);
    }

    @Test
    void readOnlyUserOfKennedyReadsNoHouseholdsAndCannotWrite() throws Exception {
        mvc.perform(get("/households").with(httpBasic("consulta.kennedy", "minga2026")))
                .andExpect(status().isForbidden());
        assertThat(page("consulta.kennedy", "/")).doesNotContain("Hogares y personas");
        assertThat(page("local.suba", "/households")).contains("H-SUB").contains("Nuevo hogar");
        mvc.perform(post("/api/v1/households").with(httpBasic("consulta.kennedy", "minga2026"))
                .contentType("application/json").content("{\"territoryCode\":\"B-KEN-01\"}"))
                .andExpect(status().isForbidden());
    }
}
