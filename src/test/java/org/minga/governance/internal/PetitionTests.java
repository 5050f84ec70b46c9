package org.minga.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minga.governance.internal.InputPackTests.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.governance.Petitions;
import org.minga.governance.RaisePetition;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdictions;
import org.minga.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lower body, or a participation space, raises a petition to a higher body's agenda; the higher body places it
 * on a session and answers it, and the answer is seen (and notified) where the petition came from.
 */
@MingaTest
class PetitionTests extends GovernanceTestBase {

    @Autowired
    Petitions petitions;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Territories territories;

    long bodyId(String code) {
        return jdbc.sql("select id from gov_body where code = :c").param("c", code).query(Long.class).single();
    }

    long newSubaTable() throws Exception {
        return call(post("/api/v1/bodies"), "local.suba", Map.of("code", unique("PT"), "template", "LOCAL_APS_TABLE",
                "templateActorCode", "SDS", "territoryCode", "11", "parentCode", "MCT-ZN"), 201).get("id").asLong();
    }

    @Test
    void aLowerBodyRaisesAPetitionTheZonalTableAnswersOnItsAgendaAndTheAnswerComesBack() throws Exception {
        long suba = newSubaTable();
        long zonal = bodyId("MCT-ZN");
        // only to a body above it (not to one beside it; one of another zone is not even seen), and only by those
        // who run the lower body
        assertThat(call(post("/api/v1/petitions"), "local.suba",
                Map.of("fromBodyId", suba, "toBodyId", newSubaTable(), "title", "x"), 400).toString())
                        .contains("toBodyId", "no lo está");
        call(post("/api/v1/petitions"), "local.suba", Map.of("fromBodyId", suba, "toBodyId", bodyId("MCT-ZS"),
                "title", "x"), 404);
        call(post("/api/v1/petitions"), "consulta.kennedy",
                Map.of("fromBodyId", suba, "toBodyId", zonal, "title", "x"), 403);
        JsonNode p = call(post("/api/v1/petitions"), "local.suba", Map.of("fromBodyId", suba, "toBodyId", zonal,
                "title", "Transporte para la jornada de vacunación", "description", "Las veredas no tienen ruta."),
                201);
        long id = p.get("id").asLong();
        assertThat(p.get("status").asText()).isEqualTo("RAISED");
        eventually(() -> assertThat(notices("zona.norte", "petition:" + id + ":raised"))
                .isEqualTo(1));

        // the local team cannot handle it; the zonal table places it on one of its sessions and answers
        call(post("/api/v1/petitions/" + id + "/answer"), "local.suba",
                Map.of("answer", "Sí", "version", p.get("version").asInt()), 403);
        long session = call(post("/api/v1/sessions"), "zona.norte",
                Map.of("bodyId", zonal, "startsAt", LocalDate.now(ZoneId.of("America/Bogota")).plusDays(7)
                        + "T09:00:00"),
                201).get("id").asLong();
        long otherSession = call(post("/api/v1/sessions"), "local.suba",
                Map.of("bodyId", suba, "startsAt", "2026-02-05T09:00:00"), 201).get("id").asLong();
        assertThat(call(post("/api/v1/petitions/" + id + "/agenda"), "zona.norte",
                Map.of("sessionId", otherSession, "version", p.get("version").asInt()), 400).toString())
                        .contains("sessionId", "no es de la instancia");
        p = call(post("/api/v1/petitions/" + id + "/agenda"), "zona.norte",
                Map.of("sessionId", session, "version", p.get("version").asInt()), 200);
        assertThat(p.get("status").asText()).isEqualTo("ON_AGENDA");
        assertThat(page("/governance/sessions/" + session, "zona.norte")).contains("Peticiones en la agenda",
                "Transporte para la jornada de vacunación");
        int stale = p.get("version").asInt();
        p = call(post("/api/v1/petitions/" + id + "/answer"), "zona.norte",
                Map.of("answer", "La subred asigna dos vehículos desde el 1 de marzo.", "version", stale), 200);
        assertThat(p.get("status").asText()).isEqualTo("ANSWERED");
        assertThat(call(post("/api/v1/petitions/" + id + "/answer"), "zona.norte",
                Map.of("answer", "Otra", "version", p.get("version").asInt()), 409).toString())
                        .contains("ya fue respondida");

        // the lower body sees the answer among the petitions it raised, and its team is told
        JsonNode mine = call(get("/api/v1/petitions?body=" + suba), "local.suba", null, 200);
        assertThat(mine.at("/raised/0/answer").asText())
                .isEqualTo("La subred asigna dos vehículos desde el 1 de marzo.");
        assertThat(mine.at("/raised/0/sessionId").asLong()).isEqualTo(session);
        eventually(() -> assertThat(notices("local.suba", "petition:" + id + ":answered"))
                .isEqualTo(1));
        assertThat(page("/governance/bodies/" + suba, "local.suba")).contains("Elevadas a instancias superiores",
                "La subred asigna dos vehículos");
    }

    @Test
    void aCitizenPetitionFromAParticipationSpaceReachesTheLocalTableOfItsTerritory() throws Exception {
        long bogota = jurisdictions.byCode("11001").orElseThrow().id();
        long suba = territories.byCode(bogota, "11").orElseThrow().id();
        long id = petitions.raise(new RaisePetition(bogota, suba, null, false, "Alumbrado en el parque de El Rincón",
                null, "Encuentro ciudadano El Rincón"), CurrentUser.demoLoader());
        JsonNode p = call(get("/api/v1/petitions/" + id), "local.suba", null, 200);
        assertThat(p.get("toBodyId").asLong()).isEqualTo(bodyId("MLAPS-11"));
        assertThat(p.get("source").asText()).isEqualTo("PARTICIPATION_SPACE");
        assertThat(p.get("sourceReference").asText()).isEqualTo("Encuentro ciudadano El Rincón");
        call(get("/api/v1/petitions/" + id), "consulta.kennedy", null, 404);
    }

    long notices(String user, String key) {
        return jdbc.sql("select count(*) from notification n join app_user u on u.id = n.user_id "
                + "where u.username = :u and n.dedup_key = :k").param("u", user).param("k", key).query(Long.class)
                .single();
    }

    /** Waits for what reactions do after the commit. */
    static void eventually(org.awaitility.core.ThrowingRunnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(assertion);
    }
}
