package org.minga.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A campaign planned and run from the pages (issue 21): planned from its virtual territory, pieces and versions
 * added, one approved, launched and closed; its page shows the pieces with their versions and approval, the
 * calendar, the invitations and link opens (counts only) and the figures, and refuses bad input in Spanish.
 */
@MingaTest
class CampaignPagesTests extends VirtualTestBase {

    @Test
    void aCampaignIsPlannedRunAndClosedFromItsPage() throws Exception {
        String s = suffix();
        long vt = register("VT-C-" + s, "SOCIAL_NETWORK_GROUP").get("id").asLong();
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        assertThat(page(get("/virtual/" + vt))).contains("href=\"/campaigns/new?virtualTerritory=" + vt + "\"");
        assertThat(page(get("/campaigns/new?virtualTerritory=" + vt))).contains("value=\"VT-C-" + s + "\"")
                .contains("data-choices=\"/choices/virtual-territories\"");

        MockHttpServletResponse refused = call(post("/campaigns").param("territory", "11").param("code", "CP-" + s)
                .param("name", "Feria en línea " + s).param("objective", "Invitar a la feria")
                .param("startsOn", today.toString()).param("endsOn", today.minusDays(1).toString())
                .param("virtualTerritories", "VT-C-" + s));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(text(refused)).contains("Indique el calendario: la fecha de fin no va antes del inicio.")
                .contains("value=\"Feria en línea " + s + "\"");
        MockHttpServletResponse planned = call(post("/campaigns").param("territory", "11").param("code", "CP-" + s)
                .param("name", "Feria en línea " + s).param("objective", "Invitar a la feria")
                .param("audiences", "Jóvenes de Suba").param("startsOn", today.toString())
                .param("endsOn", today.plusDays(10).toString()).param("territories", "B-SUBA-06")
                .param("virtualTerritories", "VT-C-" + s));
        assertThat(planned.getStatus()).isEqualTo(302);
        String at = planned.getRedirectedUrl();
        long id = Long.parseLong(at.substring(at.lastIndexOf('/') + 1));
        assertThat(page(get("/virtual/" + vt))).contains("href=\"" + at + "\"");
        assertThat(page(get("/virtual"))).contains("href=\"" + at + "\"");

        // launching without an approved piece is refused on the page, never an error page
        MockHttpServletResponse early = call(post(at + "/launch"));
        assertThat(early.getStatus()).isEqualTo(200);
        assertThat(text(early)).contains("Planeada").contains("aprobada");

        byte[] png = Base64.getDecoder().decode(PNG);
        assertThat(call(multipart(at + "/pieces").file(new MockMultipartFile("image", "afiche.png", "image/png", png))
                .param("title", "Afiche " + s).param("kind", "IMAGE").param("body", "Sábado en el parque"))
                        .getStatus()).isEqualTo(302);
        long piece = jdbc.sql("select id from campaign_piece where campaign_id = :c").param("c", id)
                .query(Long.class).single();
        MockHttpServletResponse noImage = call(multipart(at + "/pieces/" + piece + "/versions")
                .param("body", "Sábado y domingo").param("link", "/directorio"));
        assertThat(noImage.getStatus()).isEqualTo(200);
        assertThat(text(noImage)).contains("Una pieza de imagen necesita una imagen PNG o JPEG.")
                .contains("Sábado y domingo");
        assertThat(call(multipart(at + "/pieces/" + piece + "/versions")
                .file(new MockMultipartFile("image", "afiche2.png", "image/png", png)).param("body", "Sábado y domingo")
                .param("link", "/directorio")).getStatus()).isEqualTo(302);
        String two = page(get(at));
        assertThat(two).contains("Afiche " + s).contains("Sin versión aprobada").contains("Sábado en el parque")
                .contains("Sábado y domingo").contains("/campaign-pieces/" + piece + "/image?version=1");
        MockHttpServletResponse image = call(get("/campaign-pieces/" + piece + "/image?version=1"));
        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(image.getContentAsByteArray()).isEqualTo(png);

        assertThat(text(call(post(at + "/pieces/" + piece + "/approval").param("version", "9"))))
                .contains("versión");
        assertThat(call(post(at + "/pieces/" + piece + "/approval").param("version", "2")).getStatus())
                .isEqualTo(302);
        assertThat(call(post(at + "/launch")).getStatus()).isEqualTo(302);
        // an opened link counts, nothing about who opened it
        assertThat(mvc.perform(get("/l/" + piece)).andReturn().getResponse().getStatus()).isEqualTo(302);
        String running = page(get(at));
        assertThat(running).contains("En curso").contains("Aprobada la versión 2")
                .contains("0 invitaciones enviadas, 1 aperturas del enlace").contains("Jóvenes de Suba")
                .contains("B-SUBA-06").contains("VT-C-" + s);

        assertThat(call(post(at + "/close")).getStatus()).isEqualTo(302);
        assertThat(page(get(at))).contains("Cerrada").doesNotContain("Cerrar la campaña");
    }

    @Test
    void aCampaignsSessionsAreItsCalendar() throws Exception {
        String s = suffix();
        long vt = register("VT-K-" + s, "WEB_CHANNEL").get("id").asLong();
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        MockHttpServletResponse planned = call(post("/campaigns").param("territory", "11").param("code", "CK-" + s)
                .param("name", "Salud mental " + s).param("objective", "Conversar").param("startsOn",
                        today.toString())
                .param("endsOn", today.plusDays(20).toString()).param("virtualTerritories", "VT-K-" + s));
        String at = planned.getRedirectedUrl();
        long id = Long.parseLong(at.substring(at.lastIndexOf('/') + 1));
        assertThat(page(get("/virtual/" + vt + "/sessions/new"))).contains("Salud mental " + s);
        assertThat(call(post("/virtual/" + vt + "/sessions").param("modality", "DIALOGIC").param("title",
                "Conversatorio " + s).param("heldOn", today.plusDays(3).toString()).param("link",
                        "https://meet.example/c")
                .param("campaignId", Long.toString(id))).getStatus()).isEqualTo(302);
        assertThat(page(get(at))).contains("Calendario").contains(today.plusDays(3).toString())
                .contains("Conversatorio " + s).contains("Dialógica");
    }

    @Test
    void theDemoFairCampaignOfSubaIsReachedFromTheListWithItsApprovedPiecesAndSessions() throws Exception {
        long id = jdbc.sql("select id from campaign where code = 'CAMP-FERIA-SUBA'").query(Long.class).single();
        assertThat(page(get("/virtual"))).contains("href=\"/campaigns/" + id + "\"")
                .contains("Feria de servicios de Suba");
        assertThat(page(get("/campaigns/" + id))).contains("En curso").contains("Invitación por correo a la feria")
                .contains("Enlace al directorio de servicios").contains("Aprobada la versión 1")
                .contains("/campaign-pieces/").contains("VT-WA-RINCON").contains("Calendario");
    }
}
