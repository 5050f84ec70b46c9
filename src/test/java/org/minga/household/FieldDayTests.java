package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A field worker's offline day (issue 27), through the API the browser uses: preparing it reads only the worker's
 * territories and writes the access log; synchronising applies every change exactly once, in order; a change that
 * meets one made meanwhile is kept with both versions until the worker chooses; a household outside the worker's
 * territories is refused.
 */
@MingaTest
class FieldDayTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    /** The same call as {@link InstrumentAndCareTests#send}: JSON in, the answer read, as a demo user. */
    JsonNode send(MockHttpServletRequestBuilder r, String user, String body, ResultMatcher expected) throws Exception {
        return InstrumentAndCareTests.send(mvc, json, r, user, body, expected);
    }

    JsonNode prepare(String user, String device) throws Exception {
        return prepare(mvc, json, user, device);
    }

    JsonNode sync(String user, String device, int pending, String... changes) throws Exception {
        return sync(mvc, json, user, device, pending, changes);
    }

    /** Prepares the day of {@code user} for {@code device} (also used by {@link FieldDayConflictTests}). */
    static JsonNode prepare(MockMvc mvc, ObjectMapper json, String user, String device) throws Exception {
        return InstrumentAndCareTests.send(mvc, json, get("/api/v1/field-day").param("deviceId", device), user, null,
                status().isOk());
    }

    /** Sends a device's changes as the page does (also used by {@link FieldDayConflictTests}). */
    static JsonNode sync(MockMvc mvc, ObjectMapper json, String user, String device, int pending, String... changes)
            throws Exception {
        return InstrumentAndCareTests.send(mvc, json, post("/api/v1/field-day/sync"), user, "{\"deviceId\":\"" + device
                + "\",\"pending\":" + pending + ",\"changes\":[" + String.join(",", changes) + "]}", status().isOk());
    }

    long count(String sql, Object p) {
        return jdbc.sql(sql).param("p", p).query(Long.class).single();
    }

    static String device() {
        return "test-" + UUID.randomUUID();
    }

    static String visit(UUID id, long household, String notes) {
        return "{\"id\":\"" + id + "\",\"kind\":\"VISIT\",\"householdId\":" + household + ",\"visit\":{\"visitedAt\":\""
                + Instant.now() + "\",\"outcome\":\"REALIZADA\",\"notes\":\"" + notes + "\"}}";
    }

    /** A household of the day with no open food-insecurity alert, so that a high score opens one. */
    long householdWithoutFoodAlert(JsonNode day) {
        for (JsonNode h : day.get("households")) {
            long id = h.get("id").asLong();
            if (count("""
                    select count(*) from alert a join alert_rule r on r.id = a.rule_id
                    where a.household_id = :p and r.code = 'INSEGURIDAD-ALIMENTARIA' and a.status <> 'CERRADA'""",
                    id) == 0) {
                return id;
            }
        }
        throw new IllegalStateException("every household of the day has a food-insecurity alert");
    }

    @Test
    void preparingTheDayHoldsOnlyTheWorkersTerritoriesAndWritesTheAccessLog() throws Exception {
        String device = device();
        long started = System.nanoTime();
        String body = mvc.perform(get("/api/v1/field-day").param("deviceId", device)
                .with(httpBasic("campo.suba", "minga2026"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long millis = (System.nanoTime() - started) / 1_000_000;
        JsonNode day = json.readTree(body);
        System.out.printf("field day: %d households, %d bytes, %d ms%n", day.get("households").size(),
                body.getBytes(StandardCharsets.UTF_8).length, millis);

        assertThat(day.get("households").size()).isBetween(1, 60);
        String suba = jdbc
                .sql("""
                        select t.path from app_user u join territory t on t.id = u.territory_id where u.username = 'campo.suba'""")
                .query(String.class).single();
        List<Long> ids = new ArrayList<>();
        for (JsonNode h : day.get("households")) {
            assertThat(h.get("territoryPath").asText()).startsWith(suba);
            ids.add(h.get("id").asLong());
        }
        JsonNode rules = day.get("jurisdictions").get(0);
        assertThat(rules.get("instruments").toString()).contains("HOGAR-APS", "inseguridad_alimentaria");
        assertThat(rules.get("rules").toString()).contains("HOUSEHOLD_SCORE_ABOVE");
        // what was downloaded is on the access log: the households and every member sent
        long firstMember = day.get("households").findValues("members").stream().filter(m -> m.size() > 0)
                .findFirst().orElseThrow().get(0).get("id").asLong();
        assertThat(count("""
                select count(*) from personal_data_access where username = 'campo.suba' and subject_type = 'HOUSEHOLD'
                  and endpoint like 'GET /api/v1/field-day%' and subject_ids @> :p""", ids.toArray(Long[]::new)))
                .isPositive();
        assertThat(count("""
                select count(*) from personal_data_access where username = 'campo.suba' and subject_type = 'PERSON'
                  and endpoint like 'GET /api/v1/field-day%' and subject_ids @> array[:p]::bigint[]""", firstMember))
                .isPositive();
        assertThat(count("select prepared_households from field_device where device_id = :p", device))
                .isEqualTo(ids.size());
        // a read-only user prepares nothing
        send(get("/api/v1/field-day").param("deviceId", device()), "consulta.kennedy", null, status().isForbidden());
    }

    @Test
    void theSameChangesSentTwiceAreAppliedOnceAndAnsweredTheSame() throws Exception {
        String device = device();
        JsonNode day = prepare("campo.suba", device);
        long h = householdWithoutFoodAlert(day);
        long instrument = jdbc.sql("""
                select i.id from instrument i join jurisdiction j on j.id = i.jurisdiction_id
                where j.code = '11001' and i.code = 'HOGAR-APS'""").query(Long.class).single();
        long visitsBefore = count("select count(*) from household_visit where household_id = :p", h);
        long personsBefore = count("select count(*) from person where household_id = :p", h);
        UUID visitId = UUID.randomUUID();
        UUID personId = UUID.randomUUID();
        UUID answersId = UUID.randomUUID();
        String document = String.valueOf(1_077_000_000L + (System.nanoTime() % 900_000));
        String[] changes = {visit(visitId, h, "Visita sin conexión"),
                "{\"id\":\"" + personId + "\",\"kind\":\"PERSON\",\"householdId\":" + h + ",\"person\":{"
                        + "\"relation\":\"OTRO_PARIENTE\",\"documentType\":\"CC\",\"documentNumber\":\"" + document
                        + "\","
                        + "\"firstName\":\"Dora\",\"lastName\":\"Quintero\",\"birthDate\":\"1961-02-11\",\"sex\":\"F\","
                        + "\"authorization\":{\"grantedByName\":\"Dora Quintero\",\"channel\":\"PRESENCIAL\","
                        + "\"purposes\":\"Atención integral\",\"evidence\":\"Formato 331\",\"sensitiveData\":true}}}",
                "{\"id\":\"" + answersId + "\",\"kind\":\"CHARACTERIZATION\",\"householdId\":" + h
                        + ",\"characterization\":{\"instrumentId\":" + instrument + ",\"answers\":{"
                        + "\"tipo_vivienda\":\"Casa\",\"agua_potable\":true,\"inseguridad_alimentaria\":7}}}"};

        JsonNode first = sync("campo.suba", device, 0, changes);
        // the answer was lost on the way: the device sends the same changes again
        JsonNode again = sync("campo.suba", device, 0, changes);

        assertThat(first.get("answers").findValuesAsText("status")).containsExactly("APLICADO", "APLICADO",
                "APLICADO");
        assertThat(again.get("answers")).isEqualTo(first.get("answers"));
        assertThat(count("select count(*) from household_visit where household_id = :p", h))
                .isEqualTo(visitsBefore + 1);
        assertThat(count("select count(*) from person where household_id = :p", h)).isEqualTo(personsBefore + 1);
        assertThat(count("select count(*) from person where document_number = :p", document)).isEqualTo(1);
        assertThat(count("select count(*) from field_change where id = :p", visitId)).isEqualTo(1);
        // the characterisation raised the food-insecurity alert on the server, and the answer names it
        assertThat(first.get("answers").get(2).get("created").get("alerts").toString())
                .contains("Inseguridad alimentaria");
        assertThat(count("""
                select count(*) from alert a join alert_rule r on r.id = a.rule_id
                where a.household_id = :p and r.code = 'INSEGURIDAD-ALIMENTARIA' and a.status = 'ABIERTA'""", h))
                .isEqualTo(1);

        // copies arriving at the same moment: one is applied, all get its answer
        UUID raced = UUID.randomUUID();
        String change = visit(raced, h, "Visita enviada desde dos pestañas");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<JsonNode>> copies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            copies.add(pool.submit(() -> sync("campo.suba", device, 0, change)));
        }
        List<String> created = new ArrayList<>();
        for (Future<JsonNode> f : copies) {
            created.add(f.get().get("answers").get(0).get("created").get("visitId").asText());
        }
        pool.shutdown();
        assertThat(created).containsOnly(created.get(0));
        assertThat(count("select count(*) from household_visit where household_id = :p", h))
                .isEqualTo(visitsBefore + 2);
    }

    @Test
    void aPersonRegisteredOfflineIsTheRespondentOfTheNextChange() throws Exception {
        String device = device();
        long h = prepare("campo.suba", device).get("households").get(0).get("id").asLong();
        long instrument = jdbc.sql("""
                select i.id from instrument i join jurisdiction j on j.id = i.jurisdiction_id
                where j.code = '11001' and i.code = 'PERSONA-APS'""").query(Long.class).single();
        UUID personChange = UUID.randomUUID();
        String document = String.valueOf(1_076_000_000L + (System.nanoTime() % 900_000));
        JsonNode answer = sync("campo.suba", device, 0,
                "{\"id\":\"" + personChange + "\",\"kind\":\"PERSON\",\"householdId\":" + h + ",\"person\":{"
                        + "\"relation\":\"OTRO_PARIENTE\",\"documentType\":\"CC\",\"documentNumber\":\"" + document
                        + "\","
                        + "\"firstName\":\"Elvia\",\"lastName\":\"Rincón\",\"birthDate\":\"1990-07-01\",\"sex\":\"F\","
                        + "\"authorization\":{\"grantedByName\":\"Elvia Rincón\",\"channel\":\"PRESENCIAL\","
                        + "\"purposes\":\"Atención integral\",\"evidence\":\"Formato 332\",\"sensitiveData\":true}}}",
                "{\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"CHARACTERIZATION\",\"householdId\":" + h
                        + ",\"characterization\":{\"instrumentId\":" + instrument + ",\"personChange\":\""
                        + personChange + "\",\"answers\":{\"afiliacion_salud\":\"Subsidiado\",\"gestante\":false}}}");
        long person = answer.get("answers").get(0).get("created").get("personId").asLong();
        assertThat(answer.get("answers").get(1).get("status").asText()).isEqualTo("APLICADO");
        assertThat(count("select count(*) from characterization where person_id = :p", person)).isEqualTo(1);
    }

    @Test
    void aConflictingOfflineEditIsKeptWithBothVersionsUntilTheWorkerChooses() throws Exception {
        String device = device();
        JsonNode day = prepare("campo.suba", device);
        JsonNode plan = null;
        JsonNode action = null;
        for (JsonNode h : day.get("households")) {
            if (h.hasNonNull("carePlan")) {
                for (JsonNode a : h.get("carePlan").get("actions")) {
                    if (a.get("status").asText().equals("PENDIENTE")) {
                        plan = h.get("carePlan");
                        action = a;
                    }
                }
            }
        }
        assertThat(action).as("a pending care-plan action in the day").isNotNull();
        long household = jdbc.sql("select household_id from care_plan where id = :p")
                .param("p", plan.get("id").asLong()).query(Long.class).single();
        String actionUrl = "/api/v1/care-plans/" + plan.get("id").asLong() + "/actions/" + action.get("id").asLong();
        // meanwhile, online, the local official moves the same action
        send(put(actionUrl), "local.suba", "{\"status\":\"EN_CURSO\",\"version\":" + action.get("version").asInt()
                + "}", status().isOk());

        UUID offline = UUID.randomUUID();
        JsonNode answer = sync("campo.suba", device, 0, "{\"id\":\"" + offline + "\",\"kind\":\"ACTION_STATUS\","
                + "\"householdId\":" + household + ",\"action\":{\"planId\":" + plan.get("id").asLong()
                + ",\"actionId\":" + action.get("id").asLong() + ",\"status\":\"CUMPLIDA\",\"version\":"
                + action.get("version").asInt() + "}}").get("answers").get(0);
        assertThat(answer.get("status").asText()).isEqualTo("CONFLICTO");
        assertThat(answer.get("server").get("status").asText()).isEqualTo("EN_CURSO");
        // nothing overwritten: the server keeps its version, the worker's is kept aside
        assertThat(count("select count(*) from care_plan_action where id = :p and status = 'EN_CURSO'",
                action.get("id").asLong())).isEqualTo(1);
        JsonNode conflicts = send(get("/api/v1/field-day/conflicts"), "campo.suba", null, status().isOk());
        JsonNode mine = null;
        for (JsonNode c : conflicts) {
            if (c.get("id").asText().equals(offline.toString())) {
                mine = c;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("device").get("action").get("status").asText()).isEqualTo("CUMPLIDA");
        assertThat(mine.get("server").get("status").asText()).isEqualTo("EN_CURSO");

        // the worker keeps their version: sent again over the server's, and the conflict is closed
        JsonNode kept = sync("campo.suba", device, 0,
                "{\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"ACTION_STATUS\","
                        + "\"householdId\":" + household + ",\"resolves\":\"" + offline + "\",\"action\":{\"planId\":"
                        + plan.get("id").asLong() + ",\"actionId\":" + action.get("id").asLong()
                        + ",\"status\":\"CUMPLIDA\",\"version\":" + mine.get("server").get("version").asInt() + "}}");
        assertThat(kept.get("answers").get(0).get("status").asText()).isEqualTo("APLICADO");
        assertThat(count("select count(*) from care_plan_action where id = :p and status = 'CUMPLIDA'",
                action.get("id").asLong())).isEqualTo(1);
        assertThat(send(get("/api/v1/field-day/conflicts"), "campo.suba", null, status().isOk()).toString())
                .doesNotContain(offline.toString());
        assertThat(
                count("select count(*) from field_change where id = :p and payload is null and resolved_at is not null",
                        offline)).isEqualTo(1);
    }

    @Test
    void aVisitWhoseScheduleChangedMeanwhileIsAConflictAndKeepingTheServersStillRecordsTheVisit() throws Exception {
        String device = device();
        JsonNode day = prepare("campo.suba", device);
        long h = day.get("households").get(0).get("id").asLong();
        String seen = day.get("households").get(0).get("nextVisitOn").isNull() ? null
                : day.get("households").get(0).get("nextVisitOn").asText();
        jdbc.sql("update household set next_visit_on = current_date + 3 where id = :p").param("p", h).update();
        long before = count("select count(*) from household_visit where household_id = :p", h);
        UUID offline = UUID.randomUUID();
        JsonNode answer = sync("campo.suba", device, 0, "{\"id\":\"" + offline + "\",\"kind\":\"VISIT\","
                + "\"householdId\":" + h + ",\"visit\":{\"visitedAt\":\"" + Instant.now()
                + "\",\"outcome\":\"NADIE_EN_CASA\",\"nextVisitOn\":\"" + java.time.LocalDate.now().plusDays(9)
                + "\",\"seenNextVisitOn\":" + (seen == null ? "null" : "\"" + seen + "\"") + "}}")
                        .get("answers").get(0);
        assertThat(answer.get("status").asText()).isEqualTo("CONFLICTO");
        assertThat(answer.get("message").asText()).contains("próxima visita");
        assertThat(count("select count(*) from household_visit where household_id = :p", h)).isEqualTo(before);
        JsonNode kept = sync("campo.suba", device, 0, "{\"id\":\"" + UUID.randomUUID() + "\",\"kind\":\"VISIT\","
                + "\"householdId\":" + h + ",\"resolves\":\"" + offline + "\",\"visit\":{\"visitedAt\":\""
                + Instant.now() + "\",\"outcome\":\"NADIE_EN_CASA\"}}");
        assertThat(kept.get("answers").get(0).get("status").asText()).isEqualTo("APLICADO");
        assertThat(count("select count(*) from household_visit where household_id = :p", h)).isEqualTo(before + 1);
        assertThat(count("select count(*) from household where id = :p and next_visit_on = current_date + 3", h))
                .isEqualTo(1);
    }

    @Test
    void aWorkerCannotSyncAHouseholdOutsideTheirTerritories() throws Exception {
        long kennedy = jdbc.sql("select id from household where code = 'H-KEN-0001'").query(Long.class).single();
        long before = count("select count(*) from household_visit where household_id = :p", kennedy);
        UUID id = UUID.randomUUID();
        JsonNode answer = sync("campo.suba", device(), 0, visit(id, kennedy, "Fuera de mi territorio"))
                .get("answers").get(0);
        assertThat(answer.get("status").asText()).isEqualTo("RECHAZADO");
        assertThat(answer.get("message").asText()).contains("fuera de su alcance territorial");
        assertThat(count("select count(*) from household_visit where household_id = :p", kennedy)).isEqualTo(before);
        assertThat(count("select count(*) from field_change where id = :p and payload is null", id)).isEqualTo(1);
    }

    @Test
    void theSupervisorSeesEachDevicesLastSynchronisationAndPendingChanges() throws Exception {
        String device = device();
        long h = prepare("campo.suba", device).get("households").get(0).get("id").asLong();
        sync("campo.suba", device, 7, visit(UUID.randomUUID(), h, "Primera visita del día"));
        JsonNode devices = send(get("/api/v1/field-day/devices"), "local.suba", null, status().isOk());
        JsonNode mine = null;
        for (JsonNode d : devices) {
            if (d.get("deviceId").asText().equals(device)) {
                mine = d;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("username").asText()).isEqualTo("campo.suba");
        assertThat(mine.get("pendingChanges").asInt()).isEqualTo(7);
        assertThat(mine.get("lastSyncAt").isNull()).isFalse();
        assertThat(send(get("/api/v1/field-day/devices"), "cucuta", null, status().isOk()).toString())
                .doesNotContain(device);
    }

    @Test
    void fiveHundredChangesFromOneDeviceSynchronise() throws Exception {
        String device = device();
        JsonNode day = prepare("campo.suba", device);
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            long h = day.get("households").get(i % day.get("households").size()).get("id").asLong();
            changes.add(visit(UUID.randomUUID(), h, "Visita " + i));
        }
        long started = System.nanoTime();
        JsonNode answer = sync("campo.suba", device, 0, changes.toArray(String[]::new));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("field sync: 500 changes in %d ms%n", millis);
        assertThat(answer.get("answers").findValuesAsText("status")).hasSize(500).containsOnly("APLICADO");
    }
}
