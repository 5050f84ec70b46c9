package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The offline day's harder cases (issue 27): a change to a person merged meanwhile and to an alert closed meanwhile
 * are kept with both versions for the worker to choose; a refused change in a batch leaves the others applied; a
 * referral drafted offline becomes one real referral; a new person's authorization carries its image as evidence;
 * a sync without a session asks for no Basic login.
 */
@MingaTest
class FieldDayConflictTests {

    /** The smallest PNG: one transparent pixel, as a signature drawn on a canvas is sent (base64). */
    static final String PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    JsonNode prepare(String device) throws Exception {
        return FieldDayTests.prepare(mvc, json, "campo.suba", device);
    }

    JsonNode sync(String device, String... changes) throws Exception {
        return FieldDayTests.sync(mvc, json, "campo.suba", device, 0, changes);
    }

    long count(String sql, Object p) {
        return jdbc.sql(sql).param("p", p).query(Long.class).single();
    }

    static String person(UUID id, long household, String first, String document, String evidence) {
        return "{\"id\":\"" + id + "\",\"kind\":\"PERSON\",\"householdId\":" + household + ",\"person\":{"
                + "\"relation\":\"OTRO_PARIENTE\",\"documentType\":\"CC\",\"documentNumber\":\"" + document + "\","
                + "\"firstName\":\"" + first + "\",\"lastName\":\"Quintero\",\"birthDate\":\"1970-03-05\","
                + "\"sex\":\"F\",\"authorization\":{\"grantedByName\":\"" + first + " Quintero\","
                + "\"channel\":\"PRESENCIAL\",\"purposes\":\"Atención integral\",\"evidence\":\"Firma en la visita\","
                + "\"sensitiveData\":true}}" + (evidence == null ? "" : ",\"evidence\":" + evidence) + "}";
    }

    static String document() {
        return String.valueOf(1_075_000_000L + Math.floorMod(System.nanoTime(), 900_000L));
    }

    static String personaInstrumentAnswer(UUID id, long household, long instrument, long person, UUID resolves) {
        return "{\"id\":\"" + id + "\",\"kind\":\"CHARACTERIZATION\",\"householdId\":" + household
                + (resolves == null ? "" : ",\"resolves\":\"" + resolves + "\"") + ",\"characterization\":{"
                + "\"instrumentId\":" + instrument + ",\"personId\":" + person
                + ",\"answers\":{\"afiliacion_salud\":\"Contributivo\",\"gestante\":false}}}";
    }

    JsonNode conflict(UUID id) throws Exception {
        for (JsonNode c : InstrumentAndCareTests.send(mvc, json, get("/api/v1/field-day/conflicts"), "campo.suba",
                null, status().isOk())) {
            if (c.get("id").asText().equals(id.toString())) {
                return c;
            }
        }
        return null;
    }

    @Test
    void aCharacterizationOfAPersonMergedMeanwhileIsAConflictAndKeepingMineGoesToThePersonKept() throws Exception {
        String device = "test-" + UUID.randomUUID();
        long h = prepare(device).get("households").get(0).get("id").asLong();
        long instrument = jdbc.sql("""
                select i.id from instrument i join jurisdiction j on j.id = i.jurisdiction_id
                where j.code = '11001' and i.code = 'PERSONA-APS'""").query(Long.class).single();
        JsonNode two = sync(device, person(UUID.randomUUID(), h, "Rosa", document(), null),
                person(UUID.randomUUID(), h, "Rosalba", document(), null)).get("answers");
        long kept = two.get(0).get("created").get("personId").asLong();
        long merged = two.get(1).get("created").get("personId").asLong();
        // meanwhile, online, the local official merges the duplicate into the other record
        InstrumentAndCareTests.send(mvc, json, post("/api/v1/persons/" + kept + "/merge"), "local.suba",
                "{\"duplicateId\":" + merged + "}", status().isOk());

        UUID offline = UUID.randomUUID();
        JsonNode answer = sync(device, personaInstrumentAnswer(offline, h, instrument, merged, null))
                .get("answers").get(0);
        assertThat(answer.get("status").asText()).isEqualTo("CONFLICTO");
        assertThat(answer.get("message").asText()).contains("se fusionó con Rosa Quintero");
        assertThat(answer.get("server").get("keptPersonId").asLong()).isEqualTo(kept);
        assertThat(count("select count(*) from characterization where person_id in (:p)", java.util.List.of(kept,
                merged))).isZero();
        JsonNode mine = conflict(offline);
        assertThat(mine.get("device").get("characterization").get("personId").asLong()).isEqualTo(merged);
        assertThat(mine.get("server").get("keptPersonId").asLong()).isEqualTo(kept);

        // the worker keeps their answers, for the person kept: applied once, the conflict closed
        JsonNode resolved = sync(device, personaInstrumentAnswer(UUID.randomUUID(), h, instrument, kept, offline));
        assertThat(resolved.get("answers").get(0).get("status").asText()).isEqualTo("APLICADO");
        assertThat(count("select count(*) from characterization where person_id = :p", kept)).isEqualTo(1);
        assertThat(conflict(offline)).isNull();
    }

    @Test
    void anAlertClosedMeanwhileIsAConflictWithBothVersionsUntilTheWorkerKeepsTheClosing() throws Exception {
        String device = "test-" + UUID.randomUUID();
        JsonNode day = prepare(device);
        JsonNode alert = null;
        long h = 0;
        for (JsonNode household : day.get("households")) {
            if (alert == null && household.get("alerts").size() > 0) {
                alert = household.get("alerts").get(0);
                h = household.get("id").asLong();
            }
        }
        assertThat(alert).as("an open alert in the day").isNotNull();
        long id = alert.get("id").asLong();
        // meanwhile, online, the local official closes it
        InstrumentAndCareTests.send(mvc, json, put("/api/v1/alerts/" + id), "local.suba", "{\"status\":\"CERRADA\","
                + "\"note\":\"Atendida por la EPS\",\"version\":" + alert.get("version").asInt() + "}",
                status().isOk());

        UUID offline = UUID.randomUUID();
        JsonNode answer = sync(device, "{\"id\":\"" + offline + "\",\"kind\":\"ALERT\",\"householdId\":" + h
                + ",\"alert\":{\"alertId\":" + id + ",\"status\":\"EN_GESTION\",\"note\":\"Visitada: sigue sin "
                + "alimentos\",\"version\":" + alert.get("version").asInt() + ",\"seenStatus\":\""
                + alert.get("status").asText() + "\"}}").get("answers").get(0);
        assertThat(answer.get("status").asText()).isEqualTo("CONFLICTO");
        assertThat(answer.get("message").asText()).contains("cerró la alerta", "Atendida por la EPS");
        assertThat(count("select count(*) from alert where id = :p and status = 'CERRADA'", id)).isEqualTo(1);
        JsonNode both = conflict(offline);
        assertThat(both.get("device").get("alert").get("note").asText()).isEqualTo("Visitada: sigue sin alimentos");
        assertThat(both.get("server").get("status").asText()).isEqualTo("CERRADA");
        assertThat(both.get("server").get("note").asText()).isEqualTo("Atendida por la EPS");

        InstrumentAndCareTests.send(mvc, json, post("/api/v1/field-day/conflicts/" + offline + "/discard"),
                "campo.suba", null, status().isNoContent());
        assertThat(conflict(offline)).isNull();
        assertThat(count("select count(*) from alert where id = :p and status = 'CERRADA'", id)).isEqualTo(1);
    }

    @Test
    void aRefusedChangeInABatchRollsBackAloneAndTheOthersStand() throws Exception {
        String device = "test-" + UUID.randomUUID();
        long h = prepare(device).get("households").get(0).get("id").asLong();
        long kennedy = jdbc.sql("select id from household where code = 'H-KEN-0001'").query(Long.class).single();
        long visitsBefore = count("select count(*) from household_visit where household_id = :p", h);
        String document = document();
        // the third change creates its person and then fails on its evidence: the person must go with it
        JsonNode answers = sync(device, FieldDayTests.visit(UUID.randomUUID(), h, "Primera"),
                FieldDayTests.visit(UUID.randomUUID(), kennedy, "Fuera de mi territorio"),
                person(UUID.randomUUID(), h, "Nubia", document,
                        "{\"mediaType\":\"image/png\",\"data\":\"" + Base64.getEncoder().encodeToString(
                                "no es una imagen".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"}"),
                FieldDayTests.visit(UUID.randomUUID(), h, "Segunda")).get("answers");
        assertThat(answers.findValuesAsText("status")).containsExactly("APLICADO", "RECHAZADO", "RECHAZADO",
                "APLICADO");
        assertThat(answers.get(2).get("message").asText()).contains("JPEG, PNG o WebP");
        assertThat(count("select count(*) from person where document_number = :p", document)).isZero();
        assertThat(count("select count(*) from household_visit where household_id = :p", h))
                .isEqualTo(visitsBefore + 2);
    }

    @Test
    void aNewPersonsAuthorizationKeepsThePhotoOrSignatureAsItsEvidenceOnce() throws Exception {
        String device = "test-" + UUID.randomUUID();
        long h = prepare(device).get("households").get(0).get("id").asLong();
        String change = person(UUID.randomUUID(), h, "Marleny", document(),
                "{\"mediaType\":\"image/png\",\"data\":\"" + PIXEL + "\"}");
        JsonNode first = sync(device, change).get("answers").get(0);
        JsonNode again = sync(device, change).get("answers").get(0);
        assertThat(again).isEqualTo(first);
        assertThat(first.get("status").asText()).isEqualTo("APLICADO");
        long authorization = first.get("created").get("authorizationId").asLong();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Base64.getDecoder().decode(PIXEL)));
        assertThat(first.get("created").get("evidenceSha256").asText()).isEqualTo(sha);
        assertThat(jdbc
                .sql("""
                        select count(*) from data_authorization_evidence e join data_authorization a on a.id = e.authorization_id
                        where e.authorization_id = :a and e.sha256 = :s and e.media_type = 'image/png'
                          and a.person_id = :p and e.person_id = :p""")
                .param("a", authorization).param("s", sha)
                .param("p", first.get("created").get("personId").asLong()).query(Long.class).single())
                        .isEqualTo(1);
    }

    @Test
    void aReferralDraftedOfflineBecomesOneReferralWithTheServiceChosenFromTheDay() throws Exception {
        String device = "test-" + UUID.randomUUID();
        JsonNode day = prepare(device);
        JsonNode services = day.get("jurisdictions").get(0).get("services");
        assertThat(services.size()).isPositive();
        long service = jdbc.sql("""
                select s.id from offer_service s join jurisdiction j on j.id = s.jurisdiction_id
                join offer_eligibility e on e.service_id = s.id
                where j.code = '11001' and s.status = 'ACTIVE' and e.min_age is null and e.max_age is null
                  and cardinality(e.population_groups) = 0 and e.offered_everywhere and e.sisben_mask = 0
                order by s.name limit 1""").query(Long.class).single();
        assertThat(services.findValuesAsText("id")).contains(String.valueOf(service));
        long h = day.get("households").get(0).get("id").asLong();
        UUID personChange = UUID.randomUUID();
        UUID draft = UUID.randomUUID();
        String[] changes = {person(personChange, h, "Gladys", document(), null),
                "{\"id\":\"" + draft + "\",\"kind\":\"REFERRAL\",\"householdId\":" + h + ",\"referral\":{"
                        + "\"personChange\":\"" + personChange + "\",\"needCategory\":\"orientacion legal y derechos\","
                        + "\"needDescription\":\"Conflicto por arriendo, pide orientación\",\"serviceId\":" + service
                        + ",\"shareEvidence\":\"Autorizó en la visita (firma)\"}}"};
        JsonNode first = sync(device, changes).get("answers");
        JsonNode again = sync(device, changes).get("answers");
        assertThat(again).isEqualTo(first);
        assertThat(first.get(1).get("status").asText()).as(first.toString()).isEqualTo("APLICADO");
        long referral = first.get(1).get("created").get("referralId").asLong();
        assertThat(first.get(1).get("created").get("referralCode").asText()).startsWith("CAN-11001-");
        assertThat(count("select count(*) from referral where origin_reference = :p", "Visita sin conexión " + draft))
                .isEqualTo(1);
        assertThat(jdbc.sql("select origin || ' ' || service_id || ' ' || person_id from referral where id = :r")
                .param("r", referral).query(String.class).single()).isEqualTo("FIELD_VISIT " + service + " "
                        + first.get(0).get("created").get("personId").asLong());
    }

    @Test
    void aSyncWithoutASessionFromThePageAsksForNoBasicLogin() throws Exception {
        String body = "{\"deviceId\":\"test-device-1\",\"changes\":[]}";
        mvc.perform(post("/api/v1/field-day/sync").header("X-Requested-With", "XMLHttpRequest")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
        // a script without that header is still challenged, as before
        mvc.perform(post("/api/v1/field-day/sync").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Minga\""));
    }
}
