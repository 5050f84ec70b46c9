package org.minga.referral;

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

/** The referral pages render for senders and entities, and a refused transition shows its message on the page. */
@MingaTest
class ReferralPagesTests {

    static final String PW = "minga2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, PW))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void entityStaffWorkTheirInboxButReachNoHouseholdsOrPeopleByTerritory() throws Exception {
        assertThat(page("salud.bogota", "/referrals/inbox")).contains("Secretaría Distrital de Salud");
        assertThat(page("salud.bogota", "/")).contains("Canalizaciones").doesNotContain("Hogares y personas");
        // the access policy gives entity staff no capability to read personal data by territory
        mvc.perform(get("/api/v1/households").with(httpBasic("salud.bogota", PW))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/persons").with(httpBasic("salud.bogota", PW))).andExpect(status().isForbidden());
        // the same lists are not empty for a territorial user of the same city
        assertThat(mvc.perform(get("/api/v1/households").with(httpBasic("distrito", PW))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("\"total\":0");
    }

    @Test
    void everyPageRendersInSpanishForSendersAndEntities() throws Exception {
        assertThat(page("local.suba", "/referrals")).contains("Canalizaciones").contains("Nueva canalización");
        assertThat(page("local.suba", "/referrals/new")).contains("Autorización para compartir datos")
                .contains("Comedores comunitarios");
        assertThat(page("local.suba", "/referrals/overdue")).contains("Canalizaciones vencidas");
        assertThat(page("local.suba", "/referrals/figures")).contains("Mediana de días a la aceptación");
        assertThat(page("salud.bogota", "/referrals/inbox")).contains("Secretaría Distrital de Salud");
        assertThat(page("salud.bogota", "/referrals")).doesNotContain("Nueva canalización");
        String routes = page("cucuta", "/care-routes");
        assertThat(routes).contains("Ruta de acceso a la seguridad alimentaria").contains("adolescentes gestantes")
                .contains("discapacidad").contains("violencia sexual e intrafamiliar");
        long route = jdbc.sql(
                "select r.id from care_route r join jurisdiction j on j.id = r.jurisdiction_id where j.code = '11001' and r.code = 'RUTA-GESTANTES'")
                .query(Long.class).single();
        assertThat(page("local.suba", "/care-routes/" + route)).contains("Control prenatal")
                .contains("Aplicar la ruta");
        long app = jdbc.sql("select min(id) from care_route_application").query(Long.class).single();
        assertThat(page("admin", "/care-routes/applications/" + app)).contains("pasos atendidos");
    }

    @Test
    void aRefusedTransitionShowsItsMessageOnTheReferralPage() throws Exception {
        long id = jdbc
                .sql("""
                        select r.id from referral r join territory t on t.id = r.territory_id
                        where r.status = 'CLOSED' and r.jurisdiction_id = (select id from jurisdiction where code = '11001')
                          and t.path like (select path || '%' from territory where code = '11' and jurisdiction_id = r.jurisdiction_id)
                        order by r.id limit 1""")
                .query(Long.class).single();
        // the one-time message lives in the session (in PostgreSQL): the browser follows the redirect with its cookie
        var session = mvc
                .perform(post("/referrals/" + id + "/transitions").with(httpBasic("local.suba", PW)).with(csrf())
                        .param("to", "SENT"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookies();
        String html = mvc.perform(get("/referrals/" + id).with(httpBasic("local.suba", PW)).cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("No se puede pasar una canalización de «cerrada» a «enviada»").contains("Historia");
    }

    @Test
    void anAdministratorAddsAndRemovesStaffOnTheActorPage() throws Exception {
        long actor = jdbc.sql(
                "select a.id from actor a join jurisdiction j on j.id = a.jurisdiction_id where a.code = 'SED' and j.code = '11001'")
                .query(Long.class).single();
        mvc.perform(post("/actors/" + actor + "/staff").with(httpBasic("local.suba", PW)).with(csrf()).param("username",
                "campo.suba"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/actors/" + actor + "/staff").with(httpBasic("distrito", PW)).with(csrf())
                .param("username", "evaluador")
                .param("position", "Enlace de canalizaciones")).andExpect(status().is3xxRedirection());
        assertThat(page("distrito", "/actors/" + actor)).contains("Personal de la entidad").contains("evaluador")
                .contains("Enlace de canalizaciones");
        mvc.perform(post("/actors/" + actor + "/staff").with(httpBasic("distrito", PW)).with(csrf()).param("username",
                "nadie.existe"))
                .andExpect(status().is3xxRedirection());
        long userId = jdbc.sql("select id from app_user where username = 'evaluador'").query(Long.class).single();
        mvc.perform(
                post("/actors/" + actor + "/staff/" + userId + "/delete").with(httpBasic("distrito", PW)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("distrito", "/actors/" + actor)).doesNotContain("Enlace de canalizaciones");
    }
}
