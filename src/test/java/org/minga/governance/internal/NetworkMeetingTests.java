package org.minga.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minga.governance.internal.InputPackTests.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;

/**
 * A network's meetings (date, place, attending actors, agreements, next steps) shown on its page, and the network
 * map: its territories and the located assets of its member actors and of its territories, as GeoJSON.
 */
@MingaTest
class NetworkMeetingTests extends GovernanceTestBase {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Bogota"));

    @Test
    void aMeetingRecordedOnTheNetworkPageAppearsThereWithItsAttendeesAgreementsAndNextSteps() throws Exception {
        JsonNode n = call(post("/api/v1/networks"), "local.suba", Map.of("jurisdiction", "11001", "code",
                unique("RED"), "name", "Red de cuidado de Tibabuyes", "territoryCode", "11"), 201);
        long id = n.get("id").asLong();
        mvc.perform(post("/governance/networks/" + id + "/meetings").with(httpBasic("local.suba", "minga2026"))
                .with(csrf()).param("heldOn", TODAY.minusDays(3).toString())
                .param("place", "Casa de la cultura de Tibabuyes")
                .param("attendees", "SDS, Junta de Acción Comunal El Rincón")
                .param("agreements", "Ruta conjunta para gestantes adolescentes del barrio")
                .param("nextSteps", "Convocar a las familias el próximo sábado"))
                .andExpect(status().is3xxRedirection());
        String shown = page("/governance/networks/" + id, "local.suba");
        assertThat(shown).contains("Reuniones de la red").contains("Casa de la cultura de Tibabuyes")
                .contains("Secretaría Distrital de Salud").contains("Junta de Acción Comunal El Rincón")
                .contains("Ruta conjunta para gestantes adolescentes del barrio")
                .contains("Convocar a las familias el próximo sábado");
        JsonNode meetings = call(get("/api/v1/networks/" + id + "/meetings"), "local.suba", null, 200);
        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).get("heldOn").asText()).isEqualTo(TODAY.minusDays(3).toString());

        // a meeting in the future, without attendees or naming no actor: a Spanish message naming the field
        assertThat(call(post("/api/v1/networks/" + id + "/meetings"), "local.suba", Map.of("heldOn",
                TODAY.plusDays(2).toString(), "place", "Salón", "attendees", List.of("SDS"), "agreements", "Algo"), 400)
                        .toString()).contains("heldOn", "fecha futura");
        assertThat(call(post("/api/v1/networks/" + id + "/meetings"), "local.suba", Map.of("heldOn",
                TODAY.toString(), "place", "Salón", "attendees", List.of(), "agreements", "Algo"), 400).toString())
                        .contains("attendees", "al menos un actor");
        assertThat(call(post("/api/v1/networks/" + id + "/meetings"), "local.suba", Map.of("heldOn",
                TODAY.toString(), "place", "Salón", "attendees", List.of("Actor que no existe"), "agreements", "Algo"),
                400).toString()).contains("attendees", "No existe el actor asistente");
        // a read-only user sees no form and cannot record one
        call(post("/api/v1/networks/" + id + "/meetings"), "consulta.kennedy", Map.of("heldOn", TODAY.toString(),
                "place", "Salón", "attendees", List.of("SDS"), "agreements", "Algo"), 403);
        assertThat(call(get("/api/v1/networks/" + id + "/meetings"), "local.suba", null, 200)).hasSize(1);
    }

    @Test
    void theDemoNetworkOfSubaShowsItsMeetingAndItsMapHoldsTheMemberActorsPoints() throws Exception {
        long id = jdbc.sql("select id from gov_network where code = 'RED-SUBA'").query(Long.class).single();
        assertThat(page("/governance/networks/" + id, "local.suba")).contains("Salón comunal El Rincón")
                .contains("id=\"network-map\"");
        String body = mvc.perform(get("/api/v1/networks/" + id + "/map").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode map = json.readTree(body);
        assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
        long suba = jdbc.sql("select id from territory where code = '11' and jurisdiction_id = "
                + "(select id from jurisdiction where code = '11001')").query(Long.class).single();
        assertThat(map.get("territories").get(0).asLong()).isEqualTo(suba);
        List<String> members = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (JsonNode f : map.get("features")) {
            JsonNode p = f.get("properties");
            assertThat(f.at("/geometry/type").asText()).isEqualTo("Point");
            (p.get("kind").asText().equals("member") ? members : others).add(p.get("name").asText() + " / "
                    + p.path("actor").asText() + " @ " + f.at("/geometry/coordinates"));
        }
        assertThat(members).containsExactly("Salón comunal El Rincón / Junta de Acción Comunal El Rincón @ "
                + "[-74.0937,4.7296]");
        assertThat(others).anySatisfy(o -> assertThat(o).startsWith("Biblioteca Pública Julio Mario Santo Domingo"));
        assertThat(map.get("unlocatedMembers").toString()).contains("Secretaría Distrital de Salud")
                .doesNotContain("El Rincón");
    }

    @Test
    void anActorThatJoinsWithALocatedAssetAppearsOnTheNetworkMap() throws Exception {
        JsonNode n = call(post("/api/v1/networks"), "distrito", Map.of("jurisdiction", "11001", "code",
                unique("RED"), "name", "Red de cuidado de Kennedy", "territoryCode", "08"), 201);
        long id = n.get("id").asLong();
        String assetCode = unique("AS");
        call(post("/api/v1/social-assets"), "distrito", Map.of("jurisdiction", "11001", "code", assetCode, "name",
                "Comedor comunitario del Hábitat", "kind", "lugar", "nature", "institucional", "actor", "SDHT",
                "latitude", 4.7505, "longitude", -74.0712), 201);
        JsonNode before = call(get("/api/v1/networks/" + id + "/map"), "distrito", null, 200);
        assertThat(before.get("features").toString()).doesNotContain(assetCode);
        call(post("/api/v1/networks/" + id + "/members"), "distrito", Map.of("actorCode", "SDHT", "role",
                "Vivienda", "version", n.get("version").asInt()), 200);
        JsonNode after = call(get("/api/v1/networks/" + id + "/map"), "distrito", null, 200);
        JsonNode member = null;
        for (JsonNode f : after.get("features")) {
            if (f.at("/properties/code").asText().equals(assetCode)) {
                member = f;
            }
        }
        assertThat(member).isNotNull();
        assertThat(member.at("/properties/kind").asText()).isEqualTo("member");
        assertThat(member.at("/properties/role").asText()).isEqualTo("Vivienda");
        assertThat(member.at("/geometry/coordinates").toString()).isEqualTo("[-74.0712,4.7505]");
        // the assets of another locality are on the map only because a member holds them
        assertThat(after.get("features").toString()).doesNotContain("Humedal Córdoba");
    }
}
