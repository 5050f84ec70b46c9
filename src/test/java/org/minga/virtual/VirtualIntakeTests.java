package org.minga.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;

/**
 * What people say in a virtual territory brought into Minga (issue 21): a need recorded by a moderator as a
 * participation contribution that keeps the virtual territory as its origin and counts in participation's figures
 * and the virtual territory's; a person who authorised it as the start of a referral whose origin is the channel;
 * the opens of a campaign piece's link counted by Minga's own redirect, with nothing about who opened it.
 */
@MingaTest
class VirtualIntakeTests extends VirtualTestBase {

    @Test
    void aContributionRecordedFromAVirtualTerritoryKeepsItsOriginAndCountsInTheFigures() throws Exception {
        JsonNode vt = register("VT-I-" + suffix(), "MESSAGING_COMMUNITY");
        long id = vt.get("id").asLong();
        String year = String.valueOf(LocalDate.now(ZoneId.of("America/Bogota")).getYear());
        long before = virtualContributions(year);

        JsonNode recorded = ok(post("/api/v1/virtual-territories/" + id + "/contributions"), "local.suba",
                Map.of("kind", "Necesidad", "text", "No hay citas de salud mental para jóvenes en el barrio",
                        "theme", "Salud mental", "territory", "B-SUBA-06"));
        long contribution = recorded.get("id").asLong();
        assertThat(recorded.get("kind").asText()).isEqualTo("CONTRIBUTION");

        JsonNode c = ok(get("/api/v1/contributions/" + contribution), "local.suba", null);
        assertThat(c.get("origin").asText()).isEqualTo(vt.get("name").asText());
        assertThat(c.get("virtualTerritoryId").asLong()).isEqualTo(id);
        assertThat(c.get("kind").asText()).isEqualTo("NEED");
        assertThat(c.get("theme").asText()).isEqualTo("Salud mental");
        assertThat(c.has("spaceId")).isFalse();
        assertThat(c.get("territoryId").asLong()).isEqualTo(jdbc.sql(
                "select id from territory where code = 'B-SUBA-06'").query(Long.class).single());

        assertThat(virtualContributions(year)).isEqualTo(before + 1);
        JsonNode figures = ok(get("/api/v1/virtual-territories/" + id + "/figures"), "distrito", null);
        assertThat(figures.get("contributions").asLong()).isEqualTo(1);
        assertThat(figures.get("referralsStarted").asLong()).isZero();

        Answer elsewhere = send(post("/api/v1/virtual-territories/" + id + "/contributions"), "local.suba",
                Map.of("kind", "IDEA", "text", "Una idea", "territory", "08"));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body().toString()).contains("territory").contains("no alcanza");
        Answer empty = send(post("/api/v1/virtual-territories/" + id + "/contributions"), "local.suba",
                Map.of("kind", "Charla"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().toString()).contains("text").contains("Escriba el aporte").contains("kind");
        assertThat(send(post("/api/v1/virtual-territories/" + id + "/contributions"), "cucuta",
                Map.of("kind", "IDEA", "text", "Fuera de alcance")).status()).isIn(403, 404);
        assertThat(ok(get("/api/v1/virtual-territories/" + id + "/figures"), "distrito", null)
                .get("contributions").asLong()).isEqualTo(1);
    }

    @Test
    void aPersonWhoAuthorisesItStartsAReferralWithTheChannelAsItsOrigin() throws Exception {
        JsonNode vt = register("VT-F-" + suffix(), "SOCIAL_NETWORK_GROUP");
        long id = vt.get("id").asLong();
        long person = jdbc.sql("""
                select p.id from person p join household h on h.id = p.household_id
                where h.code like 'H-SUBA-%' and not p.processing_stopped and p.merged_into is null
                  and p.anonymised_at is null
                  and exists (select 1 from data_authorization a where a.person_id = p.id and a.withdrawn_at is null
                              and a.sensitive_data)
                order by p.id desc limit 1""").query(Long.class).single();
        long sds = jdbc.sql("select a.id from actor a join jurisdiction j on j.id = a.jurisdiction_id"
                + " where a.code = 'SDS' and j.code = '11001'").query(Long.class).single();

        Answer unauthorised = send(post("/api/v1/virtual-territories/" + id + "/referrals"), "local.suba",
                Map.of("personId", person, "needCategory", "salud", "needDescription", "Pide cita de control",
                        "actorId", sds));
        assertThat(unauthorised.status()).isEqualTo(400);
        assertThat(unauthorised.body().toString()).contains("shareEvidence");

        JsonNode started = ok(post("/api/v1/virtual-territories/" + id + "/referrals"), "local.suba",
                Map.of("personId", person, "needCategory", "salud", "needDescription",
                        "Escribió en el grupo que necesita control prenatal", "actorId", sds, "shareEvidence",
                        "Autorizó por mensaje en el grupo, guardado el pantallazo"));
        JsonNode referral = ok(get("/api/v1/referrals/" + started.get("id").asLong()), "local.suba", null)
                .get("referral");
        assertThat(referral.get("code").asText()).isEqualTo(started.get("code").asText());
        assertThat(referral.get("origin").asText()).isEqualTo("VIRTUAL_TERRITORY");
        assertThat(referral.get("originLabel").asText()).isEqualTo("Territorio virtual");
        assertThat(referral.get("originReference").asText()).contains(vt.get("code").asText());
        assertThat(ok(get("/api/v1/virtual-territories/" + id + "/figures"), "distrito", null)
                .get("referralsStarted").asLong()).isEqualTo(1);
    }

    @Test
    void theOpensOfACampaignLinkAreCountedWithoutKnowingWhoOpenedIt() throws Exception {
        String vt = register("VT-L-" + suffix(), "WEB_CHANNEL").get("code").asText();
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        long campaign = ok(post("/api/v1/campaigns"), "local.suba", Map.of("jurisdiction", "11001", "territory",
                "11", "code", "CAMP-L-" + suffix(), "name", "Directorio", "objective", "Dar a conocer el directorio",
                "startsOn", today.toString(), "endsOn", today.plusDays(10).toString(), "virtualTerritories",
                List.of(vt))).get("id").asLong();
        long link = ok(post("/api/v1/campaigns/" + campaign + "/pieces"), "local.suba",
                Map.of("title", "Enlace al directorio", "kind", "LINK", "link", "/directory")).get("id").asLong();
        long image = ok(post("/api/v1/campaigns/" + campaign + "/pieces"), "local.suba",
                Map.of("title", "Afiche", "kind", "IMAGE", "imageType", "image/png", "image", PNG)).get("id")
                        .asLong();
        assertThat(mvc.perform(get("/l/" + link)).andReturn().getResponse().getStatus())
                .as("no approved version yet").isEqualTo(404);
        ok(post("/api/v1/campaign-pieces/" + link + "/approval"), "local.suba", Map.of("version", 1));
        ok(post("/api/v1/campaign-pieces/" + image + "/approval"), "local.suba", Map.of("version", 1));

        for (int i = 0; i < 3; i++) {
            var r = mvc.perform(get("/l/" + link)).andReturn().getResponse();
            assertThat(r.getStatus()).isEqualTo(302);
            assertThat(r.getHeader("Location")).isEqualTo("/directory");
            assertThat(r.getCookies()).isEmpty();
        }
        assertThat(mvc.perform(get("/l/" + image)).andReturn().getResponse().getStatus()).isEqualTo(404);

        JsonNode pieces = ok(get("/api/v1/campaigns/" + campaign), "distrito", null).get("pieces");
        assertThat(pieces.get(0).get("opens").asLong()).isEqualTo(3);
        assertThat(pieces.get(1).get("opens").asLong()).isZero();
        assertThat(ok(get("/api/v1/campaigns/" + campaign + "/figures"), "distrito", null).get("linkOpens")
                .asLong()).isEqualTo(3);
        // what is stored of the opens: the piece, the day and a count, nothing else
        assertThat(jdbc.sql("select column_name from information_schema.columns"
                + " where table_name = 'campaign_link_click' order by column_name").query(String.class).list())
                        .containsExactly("clicked_on", "clicks", "piece_id");
    }

    @Test
    void theVirtualTerritoryPagesListShowAndRecordWhatWasHeardInSpanish() throws Exception {
        JsonNode vt = register("VT-P-" + suffix(), "ONLINE_FORUM");
        long id = vt.get("id").asLong();
        assertThat(page(get("/virtual"), "local.suba").getContentAsString(StandardCharsets.UTF_8))
                .contains(vt.get("name").asText()).contains("Foro en línea").contains("Descargar XLSX");
        String detail = page(get("/virtual/" + id), "local.suba").getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).contains("Registrar lo que se escuchó").contains("El Rincón").contains("Aún no hay sesiones")
                .doesNotContain("??");

        String refused = page(post("/virtual/" + id + "/contributions").param("kind", "NEED").param("text", " ")
                .param("territory", "11"), "local.suba").getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Escriba el aporte");
        var done = page(post("/virtual/" + id + "/contributions").param("kind", "IDEA")
                .param("text", "Un punto de wifi en el salón comunal").param("territory", "B-SUBA-06"), "local.suba");
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo("/virtual/" + id);
        assertThat(ok(get("/api/v1/virtual-territories/" + id + "/figures"), "distrito", null).get("contributions")
                .asLong()).isEqualTo(1);
        long rincon = jdbc.sql("select id from territory where code = 'B-SUBA-06'").query(Long.class).single();
        assertThat(page(get("/territories/" + rincon), "local.suba").getContentAsString(StandardCharsets.UTF_8))
                .as("the territory tree's page shows the virtual territories reaching it")
                .contains("href=\"/virtual/" + id + "\"").contains(vt.get("name").asText());
        assertThat(page(get("/virtual/" + id), "consulta.kennedy").getStatus()).as("outside the scope")
                .isEqualTo(404);
    }

    private org.springframework.mock.web.MockHttpServletResponse page(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder req, String user)
            throws Exception {
        return mvc
                .perform(req
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(user, "minga2026"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()))
                .andReturn().getResponse();
    }

    private long virtualContributions(String year) throws Exception {
        long n = 0;
        for (JsonNode f : ok(get("/api/v1/participation/figures?by=process"), "admin", null)) {
            if ("Territorios virtuales".equals(f.get("process").asText()) && year.equals(f.get("period").asText())) {
                n += f.get("contributions").asLong();
            }
        }
        return n;
    }
}
