package org.minga.training;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The API calls the training tests make, as the demo users: a capacity, a programme opened, sessions, people. */
record TrainingCalls(MockMvc mvc, ObjectMapper json) {

    static final AtomicLong DOCS = new AtomicLong(700_000_000L + System.nanoTime() % 90_000_000L);

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Bogota"));
    }

    /** The answer's status and body. */
    record Answer(int status, JsonNode body, String text) {
    }

    Answer send(MockHttpServletRequestBuilder req, String user, Object body) throws Exception {
        if (user != null) {
            req = req.with(httpBasic(user, "minga2026"));
        }
        req = req.with(csrf());
        if (body != null) {
            req = req.contentType(MediaType.APPLICATION_JSON)
                    .content(body instanceof String s ? s : json.writeValueAsString(body));
        }
        var r = mvc.perform(req).andReturn().getResponse();
        String text = r.getContentAsString(StandardCharsets.UTF_8);
        JsonNode node = text.startsWith("{") || text.startsWith("[") ? json.readTree(text) : null;
        return new Answer(r.getStatus(), node, text);
    }

    JsonNode ok(MockHttpServletRequestBuilder req, String user, Object body) throws Exception {
        Answer a = send(req, user, body);
        if (a.status() / 100 != 2) {
            throw new AssertionError(a.status() + " " + a.text());
        }
        return a.body();
    }

    /** A capacity of Bogotá's catalogue, needed by the role {@code neededBy}. */
    String capacity(String code, String neededBy) throws Exception {
        ok(post("/api/v1/capacities"), "distrito", Map.of("jurisdiction", "11001", "code", code, "name",
                "Capacidad de prueba " + code, "kind", "técnica", "competences", List.of("Saber hacer", "Saber ser"),
                "neededBy", List.of(neededBy)));
        return code;
    }

    /** A programme of {@code territory} developing {@code capacity}, opened, by {@code user}. */
    long openProgramme(String user, String territory, String code, String capacity, int minAttendance,
            Integer passingScore) throws Exception {
        Map<String, Object> p = programme(territory, code, capacity);
        p.put("minAttendancePercent", minAttendance);
        p.put("passingScore", passingScore);
        long id = ok(post("/api/v1/training-programmes"), user, p).get("id").asLong();
        ok(post("/api/v1/training-programmes/" + id + "/open"), user, null);
        return id;
    }

    /** What the API takes to plan a programme of Bogotá's {@code territory} developing {@code capacity}. */
    static Map<String, Object> programme(String territory, String code, String capacity) {
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("jurisdiction", "11001");
        p.put("territory", territory);
        p.put("code", code);
        p.put("name", "Programa " + code);
        p.put("objective", "Fortalecer capacidades de prueba.");
        p.put("audience", "Equipos básicos extramurales");
        p.put("responsibleActor", "Secretaría Distrital de Integración Social");
        p.put("modality", "presencial");
        p.put("plannedHours", 8);
        p.put("capacities", List.of(capacity));
        return p;
    }

    long session(String user, long programme, LocalDate day) throws Exception {
        return ok(post("/api/v1/training-sessions"), user, Map.of("programmeId", programme, "heldOn", day.toString(),
                "hours", 2, "place", "Casa de la Participación", "facilitators", "Equipo de formación")).get("id")
                        .asLong();
    }

    void attend(String user, long session, long person, Integer satisfaction) throws Exception {
        Map<String, Object> a = new java.util.HashMap<>();
        a.put("personId", person);
        a.put("satisfaction", satisfaction);
        ok(post("/api/v1/training-sessions/" + session + "/attendance"), user, a);
    }

    /** The participant id of a person in a programme, as the participants list shows it. */
    long participant(long programme, long person) throws Exception {
        for (JsonNode p : ok(get("/api/v1/training-programmes/" + programme + "/participants"), "distrito", null)) {
            if (p.get("personId").asLong() == person) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("person " + person + " is not a participant of " + programme);
    }

    /** A new person of a Suba household with an authorization; returns the id and its document. */
    long[] person(String firstName, String lastName, String sex, String ethnicity, String birthDate)
            throws Exception {
        return person(firstName, lastName, sex, null, ethnicity, birthDate);
    }

    /** The same with the gender identity the person declares (null: none). */
    long[] person(String firstName, String lastName, String sex, String genderIdentity, String ethnicity,
            String birthDate) throws Exception {
        long household = ok(post("/api/v1/households"), "local.suba", "{\"jurisdiction\":\"11001\","
                + "\"territoryCode\":\"B-SUBA-06\",\"address\":\"Calle 9 # 21-30\",\"estrato\":2,\"sisbenGroup\":\"B3\"}")
                        .get("id").asLong();
        long doc = DOCS.incrementAndGet();
        Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("householdId", household);
        p.put("relation", "JEFE");
        p.put("documentType", "CC");
        p.put("documentNumber", String.valueOf(doc));
        p.put("firstName", firstName);
        p.put("lastName", lastName);
        p.put("birthDate", birthDate);
        p.put("sex", sex);
        p.put("ethnicity", ethnicity);
        p.put("genderIdentity", genderIdentity);
        p.put("authorization", Map.of("grantedByName", firstName + " " + lastName, "channel", "PRESENCIAL",
                "purposes", "Formación", "evidence", "Formato FA-2130", "byGuardian", false, "sensitiveData",
                ethnicity != null));
        return new long[]{ok(post("/api/v1/persons"), "local.suba", p).get("id").asLong(), doc};
    }
}
