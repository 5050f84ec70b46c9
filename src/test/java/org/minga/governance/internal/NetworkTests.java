package org.minga.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minga.governance.internal.InputPackTests.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.household.Households;
import org.minga.household.Households.PersonRef;
import org.minga.platform.Jurisdictions;
import org.minga.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Redes MAS Bienestar (actors and persons, territories, the body they feed) and the inventory of community
 * leaderships with their trajectory; persons only while household lets their data be used, and every read of them
 * in the access log.
 */
@MingaTest
class NetworkTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Bogota"));

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Households households;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Territories territories;

    JsonNode call(MockHttpServletRequestBuilder req, String user, Object body, int expected) throws Exception {
        return InputPackTests.call(mvc, json, req, user, body, expected);
    }

    /** Usable persons of demo households in a territory (by code). */
    List<PersonRef> persons(String territoryCode, int n) {
        long j = jurisdictions.byCode("11001").orElseThrow().id();
        String path = territories.byCode(j, territoryCode).orElseThrow().path();
        List<PersonRef> out = new ArrayList<>();
        for (var h : households.householdsOf(j, 2000)) {
            if (h.territoryPath().startsWith(path)) {
                out.addAll(households.usableMembers(h.id()));
            }
            if (out.size() >= n) {
                break;
            }
        }
        return out.subList(0, Math.min(n, out.size()));
    }

    /** How many times the person was read through an endpoint, by the access log. */
    long reads(String endpoint, long personId) {
        return jdbc.sql("""
                select count(*) from personal_data_access
                 where endpoint = :e and subject_type = 'PERSON' and subject_ids @> array[cast(:p as bigint)]""")
                .param("e", endpoint).param("p", personId).query(Long.class).single();
    }

    @Test
    void aNetworkTiesActorsAndPersonsInItsTerritoriesAndFeedsABody() throws Exception {
        String code = unique("RED");
        JsonNode n = call(post("/api/v1/networks"), "local.suba", Map.of("jurisdiction", "11001", "code", code, "name",
                "Red de cuidado Suba", "territoryCode", "11", "feedsBodyCode", "MLAPS-11", "purpose", "Cuidado"), 201);
        long id = n.get("id").asLong();
        assertThat(n.get("feedsBodyName").asText()).isEqualTo("Mesa Local APS Suba");
        assertThat(call(post("/api/v1/networks"), "local.suba", Map.of("jurisdiction", "11001", "code", code, "name",
                "Otra", "territoryCode", "11"), 400).toString()).contains("code", "Ya existe una red");
        int v = n.get("version").asInt();
        JsonNode d = call(post("/api/v1/networks/" + id + "/members"), "local.suba",
                Map.of("actorCode", "SDIS", "role", "Oferta social", "version", v), 200);
        v = d.at("/network/version").asInt();
        assertThat(call(post("/api/v1/networks/" + id + "/members"), "local.suba",
                Map.of("actorCode", "SDIS", "version", v), 400).toString()).contains("ya es integrante");
        PersonRef person = persons("11", 1).get(0);
        d = call(post("/api/v1/networks/" + id + "/members"), "local.suba",
                Map.of("personId", person.id(), "role", "Vocera", "version", v), 200);
        assertThat(d.at("/persons/0/person/displayName").asText()).isEqualTo(person.displayName());
        assertThat(d.at("/actors/0/actorName").asText()).contains("Integración Social");

        // a person of another locality is out of the local team's reach
        PersonRef kennedy = persons("08", 1).get(0);
        call(post("/api/v1/networks/" + id + "/members"), "local.suba",
                Map.of("personId", kennedy.id(), "version", d.at("/network/version").asInt()), 403);

        // reading the network, with its person, is in the access log; the body's page names the network
        long before = reads("GET /api/v1/networks/{id}", person.id());
        call(get("/api/v1/networks/" + id), "local.suba", null, 200);
        assertThat(reads("GET /api/v1/networks/{id}", person.id())).isEqualTo(before + 1);
        assertThat(call(get("/api/v1/networks?jurisdiction=11001"), "consulta.kennedy", null, 200).toString())
                .doesNotContain(code);
    }

    @Test
    void theInventoryKeepsLeadersWithTheirTrajectoryAndTheNewLeadershipsPromoted() throws Exception {
        PersonRef person = persons("11", 6).get(5);
        JsonNode l = call(post("/api/v1/leaderships"), "local.suba", Map.of("personId", person.id(), "field",
                "Juventudes", "since", TODAY.minusMonths(2).toString(), "emerging", true, "organizationCode",
                "JAC-RINCON"), 201);
        long id = l.at("/leadership/id").asLong();
        assertThat(l.at("/person/displayName").asText()).isEqualTo(person.displayName());
        assertThat(call(post("/api/v1/leaderships"), "local.suba", Map.of("personId", person.id(), "field", "Otra",
                "since", TODAY.toString()), 400).toString()).contains("personId", "ya está en el inventario");
        assertThat(call(post("/api/v1/leaderships/" + id + "/steps"), "local.suba", Map.of("kind", "formación",
                "name", "Escuela de liderazgo", "onDate", TODAY.plusDays(3).toString(), "version",
                l.at("/leadership/version").asInt()), 400).toString()).contains("onDate");
        l = call(post("/api/v1/leaderships/" + id + "/steps"), "local.suba", Map.of("kind", "formación", "name",
                "Escuela de liderazgo", "onDate", TODAY.minusDays(3).toString(), "version",
                l.at("/leadership/version").asInt()), 200);
        l = call(post("/api/v1/leaderships/" + id + "/steps"), "local.suba", Map.of("kind", "instancia", "name",
                "Mesa Local APS Suba", "onDate", TODAY.toString(), "version", l.at("/leadership/version").asInt()),
                200);
        assertThat(l.at("/trajectory/0/kind").asText()).isEqualTo("TRAINING");
        assertThat(l.at("/trajectory/1/kind").asText()).isEqualTo("BODY");

        JsonNode emerging = call(get("/api/v1/leaderships?jurisdiction=11001&emerging=true"), "local.suba", null, 200);
        List<Long> ids = new ArrayList<>();
        emerging.forEach(x -> ids.add(x.at("/leadership/id").asLong()));
        assertThat(ids).contains(id);
        emerging.forEach(x -> assertThat(x.at("/leadership/emerging").asBoolean()).isTrue());

        l = call(post("/api/v1/leaderships/" + id + "/retire"), "local.suba",
                Map.of("version", l.at("/leadership/version").asInt()), 200);
        assertThat(l.at("/leadership/active").asBoolean()).isFalse();
        assertThat(call(post("/api/v1/leaderships/" + id + "/retire"), "local.suba",
                Map.of("version", l.at("/leadership/version").asInt()), 409).toString()).contains("ya no está activo");
        String page = mvc.perform(get("/governance/leaderships/" + id).with(httpBasic("local.suba", "minga2026")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(person.displayName(), "Escuela de liderazgo", "Retirado");
    }
}
