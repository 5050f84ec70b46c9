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
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.household.Households;
import org.minga.household.Households.PersonRef;
import org.minga.platform.Jurisdictions;
import org.minga.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Redes MAS Bienestar (actors and persons, territories, the body they feed) and the inventory of community
 * leaderships with their trajectory; persons only while household lets their data be used, and every read of them
 * in the access log.
 */
@MingaTest
class NetworkTests extends GovernanceTestBase {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Bogota"));

    @Autowired
    Households households;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Territories territories;

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

    static final java.util.concurrent.atomic.AtomicLong DOCS = new java.util.concurrent.atomic.AtomicLong(
            7_300_000_000L + System.currentTimeMillis() % 1_000_000 * 100);

    /** A new person of a new household of Suba with an authorization, through the API as a local team would. */
    long newPerson(String firstName, String lastName) throws Exception {
        long household = call(post("/api/v1/households"), "local.suba", Map.of("jurisdiction", "11001",
                "territoryCode", "B-SUBA-06", "address", "Calle 9 # 21-30", "estrato", 2), 201).get("id").asLong();
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("householdId", household);
        p.put("relation", "JEFE");
        p.put("documentType", "CC");
        p.put("documentNumber", String.valueOf(DOCS.incrementAndGet()));
        p.put("firstName", firstName);
        p.put("lastName", lastName);
        p.put("birthDate", "1980-03-03");
        p.put("sex", "F");
        p.put("authorization", Map.of("grantedByName", firstName + " " + lastName, "channel", "PRESENCIAL",
                "purposes", "Redes y liderazgos", "evidence", "Formato FA-2130", "byGuardian", false,
                "sensitiveData", false));
        return call(post("/api/v1/persons"), "local.suba", p, 201).get("id").asLong();
    }

    @Test
    void aPersonsNetworksAndLeadershipFollowTheirMergeAreInTheirDataAndGoWhenTheirDataIsDeleted() throws Exception {
        long kept = newPerson("Rosalba", "Conservada");
        long dup = newPerson("Rosalva", "Duplicada");
        String code = unique("REDM");
        JsonNode n = call(post("/api/v1/networks"), "local.suba", Map.of("jurisdiction", "11001", "code", code, "name",
                "Red de fusiones", "territoryCode", "11"), 201);
        long network = n.get("id").asLong();
        JsonNode d = call(post("/api/v1/networks/" + network + "/members"), "local.suba",
                Map.of("actorCode", "SDIS", "version", n.get("version").asInt()), 200);
        d = call(post("/api/v1/networks/" + network + "/members"), "local.suba",
                Map.of("personId", dup, "role", "Vocera", "version", d.at("/network/version").asInt()), 200);
        JsonNode l = call(post("/api/v1/leaderships"), "local.suba", Map.of("personId", dup, "field",
                "Mujeres", "since", TODAY.minusYears(1).toString()), 201);
        call(post("/api/v1/leaderships/" + l.at("/leadership/id").asLong() + "/steps"), "local.suba", Map.of("kind",
                "instancia", "name", "Consejo Local de Mujeres", "onDate", TODAY.minusMonths(3).toString(),
                "version", l.at("/leadership/version").asInt()), 200);

        // the duplicate is merged into the person kept: the place in the network and the leadership follow
        call(post("/api/v1/persons/" + kept + "/merge"), "local.suba", Map.of("duplicateId", dup), 200);
        JsonNode after = call(get("/api/v1/networks/" + network), "local.suba", null, 200);
        assertThat(after.at("/persons/0/person/id").asLong()).isEqualTo(kept);
        assertThat(after.at("/persons/0/role").asText()).isEqualTo("Vocera");
        JsonNode leaders = call(get("/api/v1/leaderships?jurisdiction=11001"), "local.suba", null, 200);
        List<Long> ofKept = new ArrayList<>();
        leaders.forEach(x -> {
            if (x.at("/person/id").asLong() == kept) {
                ofKept.add(x.at("/leadership/id").asLong());
            }
        });
        assertThat(ofKept).hasSize(1);
        List<String> trajectory = new ArrayList<>();
        call(get("/api/v1/leaderships/" + ofKept.get(0)), "local.suba", null, 200).get("trajectory")
                .forEach(t -> trajectory.add(t.get("name").asText()));
        assertThat(trajectory).containsExactly("Consejo Local de Mujeres");
        assertThat(leaders.toString()).doesNotContain("\"id\":" + dup + ",");

        // the person asks what Minga holds and to delete it: the network and the leadership are in the answer, then go
        JsonNode request = call(post("/api/v1/data-requests"), "local.suba", Map.of("personId", kept, "kind",
                "SUPRESION", "requestedBy", "La persona", "details", "Pide suprimir sus datos"), 201);
        long requestId = request.get("id").asLong();
        JsonNode held = call(get("/api/v1/data-requests/" + requestId + "/held"), "privacidad.bogota", null, 200);
        assertThat(held.at("/Gobernanza intersectorial/Integrante de redes").asLong()).isEqualTo(1);
        assertThat(held.at("/Gobernanza intersectorial/Liderazgo comunitario").asLong()).isEqualTo(1);
        JsonNode export = call(get("/api/v1/data-requests/" + requestId + "/export"), "privacidad.bogota", null, 200);
        assertThat(export.at("/datos/Gobernanza intersectorial/redes").toString()).contains(code, "Vocera");
        assertThat(export.at("/datos/Gobernanza intersectorial/liderazgo").toString())
                .contains("Mujeres", "Consejo Local de Mujeres");
        call(post("/api/v1/data-requests/" + requestId + "/answer"), "privacidad.bogota", Map.of("response",
                "Sus datos fueron suprimidos", "applyDeletion", true, "version", request.get("version").asInt()), 200);
        JsonNode gone = call(get("/api/v1/networks/" + network), "local.suba", null, 200);
        assertThat(gone.get("persons")).isEmpty();
        assertThat(gone.get("actors")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from gov_leadership where person_id in (:p)")
                .param("p", List.of(kept, dup)).query(Long.class).single()).isZero();
    }
}
