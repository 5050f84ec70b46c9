package org.minga.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.CurrentUser;
import org.minga.platform.ImportContext;
import org.minga.platform.ImportRejectedException;
import org.minga.platform.Imports;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Actors, contact people, alliances, social assets and the actor map, through the API and the imports. */
@MingaTest
class ActorApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Imports imports;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    TransactionTemplate tx;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    long actors() {
        return jdbc.sql("select count(*) from actor").query(Long.class).single();
    }

    JsonNode postJson(String url, Object body, int expected) throws Exception {
        return json.readTree(mvc
                .perform(post(url).with(httpBasic("cucuta", "minga2026")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString());
    }

    static Map<String, Object> actor(String code) {
        return new HashMap<>(Map.of("jurisdiction", "54001", "code", code, "name", "Fundación " + code, "type", "ONG",
                "sectors", List.of("bienestar social", "educación"), "territories", List.of("C09"), "parent", ""));
    }

    @Test
    void anActorIsRegisteredWithItsSectorsTerritoriesAndParent() throws Exception {
        String code = unique("ONG");
        Map<String, Object> form = actor(code);
        form.put("parent", "ALC-CUC");
        JsonNode created = postJson("/api/v1/actors", form, 201);
        assertThat(created.get("sectors").toString()).contains("SOCIAL_WELFARE", "EDUCATION");
        assertThat(created.get("parentName").asText()).isEqualTo("Alcaldía de San José de Cúcuta");
        long id = created.get("id").asLong();
        mvc.perform(get("/api/v1/actors/" + id).with(httpBasic("cucuta", "minga2026")))
                .andExpect(jsonPath("$.territories[0].code").value("C09"));
        // found without accents, by type and by territory subtree (La Laguna is inside C09? no: C09 contains La Laguna)
        mvc.perform(get("/api/v1/actors?q=fundacion " + code.toLowerCase() + "&type=ong")
                .with(httpBasic("cucuta", "minga2026")))
                .andExpect(jsonPath("$.total").value(1));
        long laguna = jdbc.sql("select id from territory where code = 'B-C09-01'").query(Long.class).single();
        mvc.perform(get("/api/v1/actors?size=500&territory=" + laguna).with(httpBasic("cucuta", "minga2026")))
                .andExpect(jsonPath("$.items[*].code").value(hasItem(code)))
                .andExpect(jsonPath("$.items[*].code").value(hasItem("JAC-LALAGUNA")));
        // a stale edit is refused, not applied
        form.put("version", 0);
        form.put("name", "Fundación renombrada");
        mvc.perform(put("/api/v1/actors/" + id).with(httpBasic("cucuta", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(form))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/actors/" + id).with(httpBasic("cucuta", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(form))).andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'actor' and entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void badActorInputIsRefusedFieldByFieldAndStoresNothing() throws Exception {
        long before = actors();
        Map<String, Object> form = actor(unique("X"));
        form.put("type", "sindicato");
        form.put("parent", "NO-EXISTE");
        form.put("sectors", List.of("astrologia"));
        form.put("territories", List.of("ZZ99"));
        form.put("email", "no es correo");
        JsonNode problem = postJson("/api/v1/actors", form, 400);
        assertThat(problem.findValuesAsText("field")).contains("type", "parent", "sectors", "territories", "email");
        assertThat(problem.toString()).contains("El tipo de actor 'sindicato' no existe",
                "No existe un actor con el código 'NO-EXISTE'",
                "No existe el territorio con código 'ZZ99'");
        assertThat(actors()).isEqualTo(before);
        // a Bogotá local user cannot register actors in Cúcuta
        mvc.perform(post("/api/v1/actors").with(httpBasic("local.suba", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(actor(unique("Y"))))).andExpect(status().isNotFound());
        assertThat(actors()).isEqualTo(before);
    }

    @Test
    void contactPeopleAreStoredOnlyWithARecordedAuthorizationAndEveryReadIsLogged() throws Exception {
        long id = postJson("/api/v1/actors", actor(unique("C")), 201).get("id").asLong();
        Map<String, Object> contact = new HashMap<>(Map.of("fullName", "María Pérez", "email", "maria@example.org"));
        JsonNode problem = postJson("/api/v1/actors/" + id + "/contacts", contact, 400);
        assertThat(problem.findValuesAsText("field")).contains("authorizedBy", "authorizedAt", "authorizationPurpose",
                "authorizationChannel");
        assertThat(jdbc.sql("select count(*) from actor_contact where actor_id = :id").param("id", id).query(Long.class)
                .single()).isZero();

        contact.putAll(Map.of("authorizedBy", "María Pérez", "authorizedAt", "2025-03-01",
                "authorizationPurpose", "Coordinar las jornadas de Barrios con Bienestar", "authorizationChannel",
                "Formato firmado"));
        postJson("/api/v1/actors/" + id + "/contacts", contact, 201);
        long readsBefore = jdbc.sql("select count(*) from audit_log where action = 'READ_PERSONAL_DATA'")
                .query(Long.class).single();
        mvc.perform(get("/api/v1/actors/" + id + "/contacts").with(httpBasic("cucuta", "minga2026")))
                .andExpect(jsonPath("$[0].fullName").value("María Pérez"))
                .andExpect(
                        jsonPath("$[0].authorizationPurpose").value("Coordinar las jornadas de Barrios con Bienestar"));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'READ_PERSONAL_DATA'").query(Long.class)
                .single())
                        .isEqualTo(readsBefore + 1);
        // the audit of the creation keeps the authorization, not the person's e-mail
        assertThat(jdbc.sql(
                "select after_state::text from audit_log where entity_type = 'actor_contact' and action = 'CREATE' order by id desc limit 1")
                .query(String.class).single()).contains("Coordinar").doesNotContain("maria@example.org");
        // other jurisdictions do not see them
        mvc.perform(get("/api/v1/actors/" + id + "/contacts").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAllianceNeedsTwoActorsAndRecordsWhatEachContributes() throws Exception {
        Map<String, Object> alliance = new HashMap<>(
                Map.of("jurisdiction", "54001", "code", unique("AL"), "name", "Alianza de prueba",
                        "purpose", "Probar", "scope", "externa", "startDate", "2025-01-01", "endDate", "2024-01-01",
                        "members", List.of(Map.of("actor", "VEOLIA-CUC", "contribution", "perifoneo"))));
        JsonNode problem = postJson("/api/v1/alliances", alliance, 400);
        assertThat(problem.findValuesAsText("field")).contains("members", "endDate");
        alliance.put("endDate", "2025-12-31");
        alliance.put("members", List.of(Map.of("actor", "VEOLIA-CUC", "contribution", "perifoneo"),
                Map.of("actor", "CONFAORIENTA", "contribution", "refrigerios")));
        JsonNode created = postJson("/api/v1/alliances", alliance, 201);
        assertThat(created.get("members").findValuesAsText("contribution")).contains("perifoneo", "refrigerios");
    }

    @Test
    void aSocialAssetWithAPointIsPlacedInItsTerritory() throws Exception {
        Map<String, Object> asset = new HashMap<>(
                Map.of("jurisdiction", "11001", "code", unique("AS"), "name", "Parque vecinal",
                        "kind", "lugar", "nature", "comunitario", "latitude", 4.7505, "longitude", -74.0712));
        JsonNode created = json.readTree(mvc
                .perform(post("/api/v1/social-assets").with(httpBasic("distrito", "minga2026"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(asset)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(created.get("territoryName").asText()).isEqualTo("Suba");
        // the demo assets of Suba are there too, for the map
        mvc.perform(get("/api/v1/social-assets?located=true&size=100").with(httpBasic("local.suba", "minga2026")))
                .andExpect(jsonPath("$.items[*].name").value(hasItem("Biblioteca Pública Julio Mario Santo Domingo")));
        // a point nowhere and no territory: a clear error
        asset.put("code", unique("AS"));
        asset.put("latitude", 10.0);
        asset.put("longitude", -60.0);
        mvc.perform(post("/api/v1/social-assets").with(httpBasic("distrito", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(asset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("no cae en ningún territorio")));
    }

    @Test
    void theActorMapOfLaLagunaShowsItsActorsAndTheBarriosConBienestarNetwork() throws Exception {
        long laguna = jdbc.sql("select id from territory where code = 'B-C09-01'").query(Long.class).single();
        JsonNode map = json.readTree(
                mvc.perform(get("/api/v1/actors/map?territory=" + laguna).with(httpBasic("cucuta", "minga2026")))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(map.get("actors").asInt()).isGreaterThanOrEqualTo(12);
        assertThat(map.get("byType").findValuesAsText("label")).contains("Secretaría", "Empresa privada",
                "Organización comunitaria");
        assertThat(map.get("nodes").findValuesAsText("label"))
                .contains("Barrios con Bienestar", "Veolia Aguas de Cúcuta",
                        "Caja de Compensación Familiar del Oriente Colombiano")
                .doesNotContain("Secretaría Distrital de Integración Social");
        boolean perifoneo = false;
        for (JsonNode l : map.get("links")) {
            perifoneo |= l.get("actorName").asText().equals("Veolia Aguas de Cúcuta")
                    && l.get("label").asText().contains("perifoneo");
        }
        assertThat(perifoneo).isTrue();
    }

    @Test
    void thePagesShowTypesSectorsAndKindsInWordsAndTheFormsOfferThem() throws Exception {
        String list = page("/actors?jurisdiction=54001");
        assertThat(list).contains("<td>Secretaría</td>").contains("Bienestar social").doesNotContain(">SECRETARIAT<")
                .doesNotContain(">SOCIAL_WELFARE<");
        assertThat(page("/actors/assets?jurisdiction=54001")).contains("Lugar, Comunitario")
                .doesNotContain("PLACE, COMMUNITY");
        assertThat(page("/actors/assets/new?jurisdiction=54001"))
                .contains("<option value=\"LEADER\">Liderazgo</option>")
                .contains("<option value=\"INSTITUTIONAL\">Institucional</option>");
        long laguna = jdbc.sql("select id from territory where code = 'B-C09-01'").query(Long.class).single();
        JsonNode map = json.readTree(mvc.perform(get("/api/v1/actors/map?territory=" + laguna)
                .with(httpBasic("cucuta", "minga2026")).header("Accept-Language", "es")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(map.get("nodes").findValuesAsText("group")).contains("Alianza externa", "Secretaría");
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic("cucuta", "minga2026"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theActorImportChecksEveryRowAndLoadsAllOrNothing() throws Exception {
        CurrentUser admin = new CurrentUser(0, "admin", "Administración", Role.ADMINISTRATOR, null, null);
        ImportContext ctx = new ImportContext(admin, jurisdictions.byCode("54001").orElseThrow(), n -> {
        });
        String parent = unique("IMP");
        String child = unique("IMP");
        String good = "codigo;nombre;tipo;entidad_superior;sectores;territorios\n"
                + parent + ";Fundación Importada;ONG;;salud;C09\n"
                + child + ";Programa Importado;organizacion comunitaria;" + parent
                + ";\"cultura; recreacion y deporte\";B-C09-01\n";
        String bad = good + unique("IMP") + ";Mal;extraterrestre;;salud;C09\n";
        long before = actors();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> imports.importNow("actors", "actores.csv",
                bad.getBytes(StandardCharsets.UTF_8), ctx)))
                        .isInstanceOf(ImportRejectedException.class)
                        .satisfies(e -> assertThat(((ImportRejectedException) e).errors())
                                .anySatisfy(err -> {
                                    assertThat(err.row()).isEqualTo(4);
                                    assertThat(err.column()).isEqualTo("tipo");
                                }));
        assertThat(actors()).isEqualTo(before);
        int loaded = tx
                .execute(s -> imports.importNow("actors", "actores.csv", good.getBytes(StandardCharsets.UTF_8), ctx));
        assertThat(loaded).isEqualTo(2);
        assertThat(jdbc.sql("select p.code from actor a join actor p on p.id = a.parent_id where a.code = :c")
                .param("c", child)
                .query(String.class).single()).isEqualTo(parent);
    }

    /** The social assets' export (one query since issue 26) as the user gets it, header first. */
    List<CSVRecord> export(String user, String jurisdiction) throws Exception {
        String csv = mvc
                .perform(get("/api/v1/social-assets/export?jurisdiction=" + jurisdiction)
                        .with(httpBasic(user, "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(csv.substring(1)))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The codes of the paged list, page after page of 2 (so several pages). */
    List<String> listed(String user, String jurisdiction) throws Exception {
        List<String> codes = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode p = json.readTree(mvc
                    .perform(get("/api/v1/social-assets?size=2&page=" + page + "&jurisdiction=" + jurisdiction)
                            .with(httpBasic(user, "minga2026")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            p.get("items").forEach(i -> codes.add(i.get("code").asText()));
            if (p.get("items").isEmpty() || codes.size() >= p.get("total").asLong()) {
                return codes;
            }
        }
    }

    @Test
    void theSocialAssetsExportHoldsTheListsRowsInItsOrderWithTheirActorAndTerritoryCodes() throws Exception {
        int withActor = 0;
        for (String[] c : new String[][]{{"admin", "11001"}, {"local.suba", "11001"}, {"cucuta", "54001"},
                {"admin", "54001"}}) {
            List<CSVRecord> rows = export(c[0], c[1]);
            assertThat(rows.get(0).get(0)).isEqualTo("codigo");
            assertThat(rows.get(0).get(5)).isEqualTo("actor");
            List<CSVRecord> data = rows.subList(1, rows.size());
            assertThat(data).as(c[0] + " " + c[1] + " has assets").isNotEmpty();
            assertThat(data.stream().map(r -> r.get(0)).toList()).as(c[0] + " " + c[1])
                    .isEqualTo(listed(c[0], c[1]));
            Map<String, String[]> stored = new HashMap<>();
            jdbc.sql("""
                    select s.code, a.code, t.code from social_asset s join jurisdiction j on j.id = s.jurisdiction_id
                      left join actor a on a.id = s.actor_id left join territory t on t.id = s.territory_id
                     where j.code = :j""").param("j", c[1])
                    .query((rs, n) -> stored.put(rs.getString(1), new String[]{rs.getString(2), rs.getString(3)}))
                    .list();
            for (CSVRecord r : data) {
                String[] codes = stored.get(r.get(0));
                assertThat(r.get(5)).as(r.get(0) + "'s actor").isEqualTo(codes[0] == null ? "" : codes[0]);
                assertThat(r.get(6)).as(r.get(0) + "'s territory").isEqualTo(codes[1] == null ? "" : codes[1]);
                withActor += codes[0] == null ? 0 : 1;
            }
        }
        assertThat(withActor).as("the demo's assets name their actors").isPositive();
        assertThat(export("local.suba", "11001").size()).as("a local user exports only their scope")
                .isLessThanOrEqualTo(export("admin", "11001").size());
    }
}
