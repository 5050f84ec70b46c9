package org.minga.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.minga.planning.IndicatorSource;
import org.minga.platform.Jurisdictions;
import org.minga.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Online sessions of a virtual territory (issue 21): pedagogical or dialogic, with link, agenda and materials;
 * attendance registered by the facilitator (a person the privacy rules allow) or through the public form (an
 * anonymous tick, only around the session's day); public-health education sessions tagged with their topic and
 * counted in the situation room's figures.
 */
@MingaTest
class VirtualSessionTests extends VirtualTestBase {

    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Territories territories;

    @Test
    void aHealthEducationSessionTakesAttendanceFromTheFacilitatorAndThePublicFormAndCountsInTheFigures()
            throws Exception {
        long vt = register("VT-S-" + suffix(), "SOCIAL_NETWORK_GROUP").get("id").asLong();
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        double before = healthSessionsInSuba(today);

        Answer bad = send(post("/api/v1/virtual-territories/" + vt + "/sessions"), "local.suba",
                Map.of("modality", "Charla", "heldOn", today.toString(), "link", "ftp://archivos"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().toString()).contains("modality").contains("title").contains("link")
                .contains("http o https");

        JsonNode s = ok(post("/api/v1/virtual-territories/" + vt + "/sessions"), "local.suba", Map.of("modality",
                "Pedagógica", "title", "Prevención del dengue en casa", "heldOn", today.toString(), "link",
                "https://meet.jit.si/minga-dengue", "agenda", "1. Qué es el dengue 2. Criaderos 3. Preguntas",
                "healthTopic", "Dengue", "materials", List.of(Map.of("title", "Guía de prevención", "link",
                        "https://www.minsalud.gov.co/dengue.pdf"))));
        long id = s.get("id").asLong();
        assertThat(s.get("modality").asText()).isEqualTo("PEDAGOGICAL");
        assertThat(s.get("healthTopic").asText()).isEqualTo("Dengue");
        assertThat(s.get("materials").get(0).get("title").asText()).isEqualTo("Guía de prevención");
        String form = s.get("publicForm").asText();
        assertThat(form).matches("/o/[0-9a-f]{32}");

        String page = mvc.perform(get(form)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Prevención del dengue en casa").contains("https://meet.jit.si/minga-dengue")
                .contains("Guía de prevención").contains("Registrar mi asistencia");
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.perform(post(form).with(csrf())).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).contains("quedó registrada");
        }
        long person = jdbc.sql("""
                select p.id from person p join household h on h.id = p.household_id
                where h.code like 'H-SUBA-%' and not p.processing_stopped and p.merged_into is null
                  and p.anonymised_at is null
                  and exists (select 1 from data_authorization a where a.person_id = p.id and a.withdrawn_at is null)
                order by p.id limit 1""").query(Long.class).single();
        JsonNode after = ok(post("/api/v1/online-sessions/" + id + "/attendance"), "local.suba",
                Map.of("personId", person));
        assertThat(after.get("attendanceByFacilitator").asLong()).isEqualTo(1);
        assertThat(after.get("attendanceByForm").asLong()).isEqualTo(2);
        assertThat(send(post("/api/v1/online-sessions/" + id + "/attendance"), "local.suba",
                Map.of("personId", person)).status()).isEqualTo(409);
        assertThat(send(post("/api/v1/online-sessions/" + id + "/attendance"), "cucuta",
                Map.of("personId", person)).status()).isIn(403, 404);
        assertThat(jdbc.sql("select count(*) from online_session_attendance where online_session_id = :s"
                + " and registered_by = 'PUBLIC_FORM' and person_id is not null").param("s", id).query(Long.class)
                .single()).as("the public form stores no person").isZero();

        JsonNode dialogue = ok(post("/api/v1/virtual-territories/" + vt + "/sessions"), "local.suba",
                Map.of("modality", "DIALOGIC", "title", "Conversemos sobre el parque", "heldOn",
                        today.plusDays(7).toString(), "link", "https://meet.jit.si/minga-parque"));
        String later = dialogue.get("publicForm").asText();
        assertThat(mvc.perform(get(later)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("se abre el día de la sesión").doesNotContain("Registrar mi asistencia");
        assertThat(mvc.perform(post(later).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(409);

        JsonNode figures = ok(get("/api/v1/virtual-territories/" + vt + "/figures"), "distrito", null);
        assertThat(figures.get("sessions").asLong()).isEqualTo(2);
        assertThat(figures.get("healthEducationSessions").asLong()).isEqualTo(1);
        assertThat(figures.get("attendance").asLong()).isEqualTo(3);
        assertThat(ok(get("/api/v1/virtual-territories/" + vt + "/sessions"), "distrito", null)).hasSize(2);
        assertThat(healthSessionsInSuba(today)).isEqualTo(before + 1);
    }

    private double healthSessionsInSuba(LocalDate today) {
        long j = jurisdictions.byCode("11001").orElseThrow().id();
        String suba = territories.byCode(j, "11").orElseThrow().path();
        IndicatorSource s = sources.stream().filter(x -> x.key().equals("virtual.health-education-sessions"))
                .findFirst().orElseThrow();
        return s.values(j, List.of(suba), today.withDayOfYear(1), today).getOrDefault(suba, 0.0);
    }
}
