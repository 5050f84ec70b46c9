package org.minga.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minga.governance.internal.InputPackTests.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;

/**
 * What a Red MAS Bienestar ties together: social assets, services and care routes of its jurisdiction, chosen in the
 * page's picker or named through the API, listed on the network page by name and kind, refused in Spanish when they
 * are another jurisdiction's or of a kind a network does not tie, and drawn on the network map.
 */
@MingaTest
class NetworkLinkTests extends GovernanceTestBase {

    long id(String table, String jurisdiction, String code) {
        return jdbc.sql("select x.id from " + table + " x join jurisdiction j on j.id = x.jurisdiction_id"
                + " where j.code = :j and x.code = :c").param("j", jurisdiction).param("c", code).query(Long.class)
                .single();
    }

    int version(long network) {
        return jdbc.sql("select version from gov_network where id = :id").param("id", network).query(Integer.class)
                .single();
    }

    @Test
    void theNetworkPageListsTheServiceAndCareRouteItTiesByNameAndKindUntilOneIsRemoved() throws Exception {
        long network = call(post("/api/v1/networks"), "local.suba", Map.of("jurisdiction", "11001", "code",
                unique("RED"), "name", "Red de cuidado de Tibabuyes", "territoryCode", "11"), 201).get("id").asLong();
        assertThat(page("/governance/networks/" + network, "local.suba"))
                .contains("La red aún no articula activos sociales, servicios ni rutas de atención.");
        // the picker offers the service by its name, and submits kind:id
        String options = page("/choices/network-links?q=comedores", "local.suba");
        long comedores = id("offer_service", "11001", "COMEDORES");
        assertThat(options).contains("service:" + comedores).contains("Comedores comunitarios");
        mvc.perform(post("/governance/networks/" + network + "/links").with(httpBasic("local.suba", "minga2026"))
                .with(csrf()).param("link", "service:" + comedores).param("version",
                        String.valueOf(version(network))))
                .andExpect(status().is3xxRedirection());
        long route = id("care_route", "11001", "RUTA-SAN");
        JsonNode tied = call(post("/api/v1/networks/" + network + "/links"), "local.suba",
                Map.of("kind", "care-route", "targetId", route, "version", version(network)), 200);
        assertThat(tied.findValuesAsText("title")).containsExactly("Comedores comunitarios",
                "Ruta de acceso a la seguridad alimentaria");

        String shown = page("/governance/networks/" + network, "local.suba");
        assertThat(shown).contains("Lo que la red articula").contains(">Comedores comunitarios</a>")
                .contains("href=\"/offer/services/" + comedores + "\"").contains(">Servicio</small>")
                .contains(">Ruta de acceso a la seguridad alimentaria</a>").contains(">Ruta de atención</small>");
        call(delete("/api/v1/networks/" + network + "/links").param("kind", "care-route")
                .param("targetId", String.valueOf(route)).param("version", String.valueOf(version(network))),
                "local.suba", null, 200);
        assertThat(page("/governance/networks/" + network, "local.suba")).contains(">Comedores comunitarios</a>")
                .doesNotContain("Ruta de acceso a la seguridad alimentaria");
    }

    @Test
    void aRecordOfAnotherJurisdictionAKindNotTiedOrOneTiedTwiceIsRefusedInSpanishNamingTheField() throws Exception {
        long network = call(post("/api/v1/networks"), "distrito", Map.of("jurisdiction", "11001", "code",
                unique("RED"), "name", "Red de cuidado de Kennedy", "territoryCode", "08"), 201).get("id").asLong();
        long cucuta = id("offer_service", "54001", "COLOMBIA-MAYOR");
        String foreign = call(post("/api/v1/networks/" + network + "/links"), "distrito",
                Map.of("kind", "service", "targetId", cucuta, "version", version(network)), 400).toString();
        assertThat(foreign).contains("targetId").contains("servicios y rutas de atenci");
        // on the page, the picker's value of another jurisdiction gets the same refusal, nothing tied
        mvc.perform(post("/governance/networks/" + network + "/links").with(httpBasic("distrito", "minga2026"))
                .with(csrf()).param("link", "service:" + cucuta).param("version", String.valueOf(version(network))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from gov_network_link where network_id = :n").param("n", network)
                .query(Long.class).single()).isZero();

        assertThat(call(post("/api/v1/networks/" + network + "/links"), "distrito",
                Map.of("kind", "plan", "targetId", 1, "version", version(network)), 400).toString())
                        .contains("kind").contains("no articula registros de tipo");
        long asset = id("social_asset", "11001", "BIBLIOTECA-SUBA");
        call(post("/api/v1/networks/" + network + "/links"), "distrito",
                Map.of("kind", "social-asset", "targetId", asset, "version", version(network)), 200);
        assertThat(call(post("/api/v1/networks/" + network + "/links"), "distrito",
                Map.of("kind", "social-asset", "targetId", asset, "version", version(network)), 400).toString())
                        .contains("targetId").contains("ya articula");
        // a stale version is a conflict, and a read-only user may not tie anything
        call(post("/api/v1/networks/" + network + "/links"), "distrito", Map.of("kind", "care-route", "targetId",
                id("care_route", "11001", "RUTA-SAN"), "version", version(network) - 1), 409);
        call(post("/api/v1/networks/" + network + "/links"), "consulta.kennedy",
                Map.of("kind", "service", "targetId", id("offer_service", "11001", "COMEDORES"), "version",
                        version(network)),
                403);
    }

    @Test
    void theDemoNetworkOfSubaTiesAnAssetTwoServicesAndARouteAndItsMapHoldsTheirPoints() throws Exception {
        long network = jdbc.sql("select id from gov_network where code = 'RED-SUBA'").query(Long.class).single();
        assertThat(page("/governance/networks/" + network, "local.suba"))
                .contains(">Biblioteca Pública Julio Mario Santo Domingo</a>").contains(">Comedores comunitarios</a>")
                .contains(">Apoyos económicos para personas mayores</a>")
                .contains(">Ruta de acceso a la seguridad alimentaria</a>");
        JsonNode map = json.readTree(mvc
                .perform(get("/api/v1/networks/" + network + "/map").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Map<String, Object> library = jdbc.sql("select latitude, longitude from social_asset where code = "
                + "'BIBLIOTECA-SUBA'").query().singleRow();
        JsonNode asset = null;
        JsonNode service = null;
        for (JsonNode f : map.get("features")) {
            if (f.at("/properties/code").asText().equals("BIBLIOTECA-SUBA")) {
                asset = f;
            }
            if (f.at("/properties/code").asText().equals("COMEDORES")) {
                service = f;
            }
        }
        assertThat(asset).isNotNull();
        assertThat(asset.at("/properties/kind").asText()).isEqualTo("social-asset");
        assertThat(asset.at("/geometry/coordinates/0").asDouble()).isEqualTo(library.get("longitude"));
        assertThat(asset.at("/geometry/coordinates/1").asDouble()).isEqualTo(library.get("latitude"));
        assertThat(service).isNotNull();
        assertThat(service.at("/properties/kind").asText()).isEqualTo("service");
        assertThat(service.at("/properties/place").asText())
                .isEqualTo("Subdirección Local de Integración Social de Suba");
        assertThat(service.at("/geometry/coordinates").toString()).isEqualTo("[-74.093,4.739]");
    }
}
