package org.minga.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Registering and editing a virtual territory, recording its reach and scheduling an online session from the pages
 * (issue 21): each form refuses bad input with a Spanish message naming the field and keeps what was typed.
 */
@MingaTest
class VirtualFormPagesTests extends VirtualTestBase {

    @Test
    void aVirtualTerritoryIsRegisteredAndEditedFromThePages() throws Exception {
        String s = suffix();
        assertThat(page(get("/virtual"))).contains("href=\"/virtual/new\"");
        assertThat(page(get("/virtual/new"))).contains("data-choices=\"/choices/territories\"")
                .contains("data-choices=\"/choices/population-groups\"").contains("data-choices=\"/choices/users\"");

        MockHttpServletResponse refused = call(post("/virtual").param("territory", "11").param("code", "VT-P-" + s)
                .param("name", "").param("kind", "").param("rules", "Con respeto"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(text(refused)).contains("Indique el nombre del territorio virtual").contains("Indique el tipo")
                .contains("value=\"VT-P-" + s + "\"").contains("Con respeto");
        MockHttpServletResponse nowhere = call(post("/virtual").param("territory", "11").param("code", "VT-P-" + s)
                .param("name", "Parche").param("kind", "Foro en línea").param("reaches", "NO-EXISTE"));
        assertThat(text(nowhere)).contains("No existe el territorio «NO-EXISTE»").contains("value=\"NO-EXISTE\"");

        MockHttpServletResponse created = call(post("/virtual").param("territory", "11").param("code", "VT-P-" + s)
                .param("name", "Parche de Suba " + s).param("kind", "MESSAGING_COMMUNITY")
                .param("reaches", "B-SUBA-06").param("populationGroups", "Jóvenes, Cuidadoras")
                .param("stewardName", "local.suba", "Lina Vecina").param("stewardRole", "ADMINISTRATOR", "MODERATOR")
                .param("rules", "Sin publicidad."));
        assertThat(created.getStatus()).isEqualTo(302);
        String at = created.getRedirectedUrl();
        String teamName = jdbc.sql("select full_name from app_user where username = 'local.suba'")
                .query(String.class).single();
        assertThat(page(get(at))).contains("Parche de Suba " + s).contains("Comunidad de mensajería")
                .contains("Jóvenes, Cuidadoras").contains(teamName + " (Administrador)")
                .contains("Lina Vecina (Moderador)").contains("Sin publicidad.");
        // the population group typed once is offered to the next form
        assertThat(page(get("/choices/population-groups?q=cuid"))).contains("Cuidadoras");

        assertThat(page(get(at + "/edit"))).contains("value=\"Parche de Suba " + s + "\"").contains("Lina Vecina")
                .containsOnlyOnce("id=\"vt-territory\"");
        assertThat(call(post(at).param("territory", "11").param("code", "VT-P-" + s).param("name",
                "Parche renombrado " + s).param("kind", "Foro en línea").param("stewardName", "Lina Vecina")
                .param("stewardRole", "MODERATOR")).getStatus()).isEqualTo(302);
        assertThat(page(get(at))).contains("Parche renombrado " + s).contains("Foro en línea")
                .doesNotContain("Parche de Suba " + s).doesNotContain(teamName + " (Administrador)");
    }

    @Test
    void theReachOfADateAndAnOnlineSessionAreRecordedFromThePages() throws Exception {
        String s = suffix();
        long id = register("VT-R-" + s, "SOCIAL_NETWORK_GROUP").get("id").asLong();
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));

        MockHttpServletResponse refused = call(post("/virtual/" + id + "/reach")
                .param("measuredOn", today.toString()).param("members", "muchos").param("followers", "40"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(text(refused)).contains("El número de miembros no es un número entero.")
                .contains("value=\"muchos\"");
        assertThat(call(post("/virtual/" + id + "/reach").param("measuredOn", today.minusDays(7).toString())
                .param("members", "100").param("followers", "40")).getStatus()).isEqualTo(302);
        assertThat(call(post("/virtual/" + id + "/reach").param("measuredOn", today.toString())
                .param("members", "130").param("followers", "55")).getStatus()).isEqualTo(302);
        assertThat(page(get("/virtual/" + id))).contains("Tendencia: Creciente").contains("130");

        assertThat(page(get("/virtual/" + id + "/sessions/new"))).contains("name=\"heldOn\"");
        MockHttpServletResponse noLink = call(post("/virtual/" + id + "/sessions").param("modality", "PEDAGOGICAL")
                .param("title", "Prevención del dengue " + s).param("heldOn", today.toString())
                .param("link", "reunion sin enlace"));
        assertThat(noLink.getStatus()).isEqualTo(200);
        assertThat(text(noLink)).contains("Indique el enlace de la sesión").contains("Prevención del dengue " + s);
        assertThat(call(post("/virtual/" + id + "/sessions").param("modality", "PEDAGOGICAL")
                .param("title", "Prevención del dengue " + s).param("heldOn", today.toString())
                .param("link", "https://meet.example/dengue").param("agenda", "Criaderos en casa")
                .param("healthTopic", "Dengue").param("materialTitle", "Cartilla", "")
                .param("materialLink", "https://minga.example/cartilla.pdf", "")).getStatus()).isEqualTo(302);
        String detail = page(get("/virtual/" + id));
        assertThat(detail).contains("Prevención del dengue " + s).contains("Dengue");
        assertThat(jdbc.sql("select count(*) from online_session_material m join online_session o"
                + " on o.id = m.online_session_id where o.virtual_territory_id = :v").param("v", id)
                .query(Long.class).single()).isEqualTo(1);
    }
}
