package org.minga.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Service fairs: who may register at a stand, idempotent registration, unique people in the results. */
@MingaTest
class FairTests {

    static final String PW = "minga2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    long fairId;
    long sbs;
    long ssa;
    long colombiaMayor;
    long orientacion;

    ResultActions postJson(String url, String user, String body) throws Exception {
        return mvc.perform(
                post(url).with(httpBasic(user, PW)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    JsonNode read(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString());
    }

    long actor(String code) {
        return jdbc.sql(
                "select a.id from actor a join jurisdiction j on j.id = a.jurisdiction_id where j.code = '54001' and a.code = :c")
                .param("c", code).query(Long.class).single();
    }

    long service(String code) {
        return jdbc.sql(
                "select s.id from offer_service s join jurisdiction j on j.id = s.jurisdiction_id where j.code = '54001' and s.code = :c")
                .param("c", code).query(Long.class).single();
    }

    static String document() {
        return String.valueOf(1_000_000_000L + ThreadLocalRandom.current().nextLong(8_000_000_000L));
    }

    /** A confirmed fair in La Laguna with Bienestar Social (Colombia Mayor) and Gobierno's legal orientation. */
    @BeforeEach
    void fair() throws Exception {
        sbs = actor("SBS-CUC");
        ssa = actor("SSA-CUC");
        long sgo = actor("SGO-CUC");
        colombiaMayor = service("COLOMBIA-MAYOR");
        orientacion = service("ORIENTACION-LEGAL");
        long laguna = jdbc.sql(
                "select t.id from territory t join jurisdiction j on j.id = t.jurisdiction_id where j.code = '54001' and t.code = 'B-C09-01'")
                .query(Long.class).single();
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode f = read(postJson("/api/v1/fairs", "cucuta",
                """
                        {"jurisdiction":"54001","code":"%s","name":"Jornada de prueba","territoryId":%d,"date":"2026-03-14",
                         "startsAt":"07:00","endsAt":"13:00","site":"Cancha del barrio","status":"CONFIRMADA"}"""
                        .formatted(code, laguna))
                                .andExpect(status().isCreated()));
        fairId = f.get("id").asLong();
        postJson("/api/v1/fairs/" + fairId + "/participants", "cucuta",
                "{\"actorId\":%d,\"kind\":\"ENTIDAD\",\"stand\":\"1\"}".formatted(sbs))
                        .andExpect(status().isCreated());
        postJson("/api/v1/fairs/" + fairId + "/participants", "cucuta",
                "{\"actorId\":%d,\"kind\":\"ENTIDAD\",\"stand\":\"2\"}".formatted(sgo))
                        .andExpect(status().isCreated());
        postJson("/api/v1/fairs/" + fairId + "/services", "cucuta",
                "{\"serviceId\":%d,\"actorId\":%d}".formatted(colombiaMayor, sbs))
                        .andExpect(status().isCreated());
        postJson("/api/v1/fairs/" + fairId + "/services", "cucuta",
                "{\"serviceId\":%d,\"actorId\":%d}".formatted(orientacion, sgo))
                        .andExpect(status().isCreated());
    }

    String newPerson(String uuid, long actorId, long serviceId, String doc) {
        return """
                {"uuid":"%s","actorId":%d,"serviceIds":[%d],"documentType":"CC","documentNumber":"%s","firstName":"Rosa",
                 "lastName":"Contreras","birthDate":"1950-02-11","sex":"F","populationGroups":"persona mayor",
                 "authorized":true,"satisfaction":5}"""
                .formatted(uuid, actorId, serviceId, doc);
    }

    @Test
    void anAllysContributionIsChosenAndShownInWords() throws Exception {
        postJson("/api/v1/fairs/" + fairId + "/participants", "cucuta",
                "{\"actorId\":%d,\"kind\":\"ALIADO\",\"contribution\":\"cerveza\"}".formatted(ssa))
                        .andExpect(status().isBadRequest())
                        .andExpect(content().string(containsString("perifoneo, embellecimiento del espacio")));
        postJson("/api/v1/fairs/" + fairId + "/participants", "cucuta",
                "{\"actorId\":%d,\"kind\":\"ALIADO\",\"contribution\":\"Embellecimiento del espacio\"}"
                        .formatted(ssa))
                                .andExpect(status().isCreated());
        String page = mvc.perform(get("/fairs/" + fairId).with(httpBasic("cucuta", PW)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("<td>embellecimiento del espacio</td>", "<option value=\"REFRIGERIOS\">refrigerios</option>")
                .doesNotContain(">embellecimiento</td>");
    }

    @Test
    void resultsCountUniquePeopleNotRegistrations() throws Exception {
        String rosa = document();
        String pedro = document();
        // Rosa at Bienestar Social, then at Gobierno's stand; Pedro at Gobierno's stand.
        JsonNode first = read(postJson("/api/v1/fairs/" + fairId + "/attendances", "bienestar.cucuta",
                newPerson(UUID.randomUUID().toString(), sbs, colombiaMayor, rosa)).andExpect(status().isCreated()));
        postJson("/api/v1/fairs/" + fairId + "/attendances", "cucuta", """
                {"uuid":"%s","actorId":%d,"serviceIds":[%d],"documentType":"CC","documentNumber":"%s"}"""
                .formatted(UUID.randomUUID(), actor("SGO-CUC"), orientacion, rosa)).andExpect(status().isCreated());
        postJson("/api/v1/fairs/" + fairId + "/attendances", "cucuta",
                """
                        {"uuid":"%s","actorId":%d,"serviceIds":[%d],"documentType":"CC","documentNumber":"%s","firstName":"Pedro",
                         "lastName":"Ramírez","birthDate":"1990-07-01","sex":"M","authorized":true}"""
                        .formatted(UUID.randomUUID(), actor("SGO-CUC"), orientacion, pedro))
                                .andExpect(status().isCreated());

        JsonNode results = read(mvc.perform(get("/api/v1/fairs/" + fairId + "/results").with(httpBasic("cucuta", PW)))
                .andExpect(status().isOk()));
        assertThat(results.get("registrations").asLong()).isEqualTo(3);
        assertThat(results.get("attentions").asLong()).isEqualTo(3);
        assertThat(results.get("people").asLong()).isEqualTo(2);
        JsonNode legal = results.get("byService");
        boolean found = false;
        for (JsonNode s : legal) {
            if (s.get("label").asText().equals("Orientación Legal y Protección de Derechos")) {
                assertThat(s.get("attentions").asLong()).isEqualTo(2);
                assertThat(s.get("people").asLong()).isEqualTo(2);
                found = true;
            }
        }
        assertThat(found).isTrue();
        long women = 0;
        for (JsonNode s : results.get("bySex")) {
            if (s.get("label").asText().equals("Mujer")) {
                women = s.get("people").asLong();
            }
        }
        assertThat(women).as("Rosa counted once by sex").isEqualTo(1);
        // the registered person has an authorization (Ley 1581)
        long personId = first.get("personId").asLong();
        assertThat(jdbc.sql("select count(*) from data_authorization where person_id = :p").param("p", personId)
                .query(Long.class).single())
                        .isEqualTo(1);
    }

    @Test
    void aRegistrationSentTwiceIsStoredOnce() throws Exception {
        String uuid = UUID.randomUUID().toString();
        String body = newPerson(uuid, sbs, colombiaMayor, document());
        JsonNode first = read(postJson("/api/v1/fairs/" + fairId + "/attendances", "bienestar.cucuta", body)
                .andExpect(status().isCreated()));
        JsonNode again = read(postJson("/api/v1/fairs/" + fairId + "/attendances", "bienestar.cucuta", body)
                .andExpect(status().isOk()));
        assertThat(again.get("alreadyStored").asBoolean()).isTrue();
        // the first answer is built from what was stored, the retry's is read back: they tell the same registration
        assertThat(first.get("alreadyStored").asBoolean()).isFalse();
        for (String field : List.of("id", "uuid", "fairId", "personId", "personName", "actorId", "services",
                "referralId", "referralCode")) {
            assertThat(first.get(field)).as(field).isEqualTo(again.get(field));
        }
        assertThat(jdbc.sql("select count(*) from fair_registration where uuid = :u::uuid").param("u", uuid)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from fair_registration where fair_id = :f").param("f", fairId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEntityNotAtTheFairCannotRegisterAttentions() throws Exception {
        // Salud (not at this fair) for its own entity, and for Bienestar Social's stand
        JsonNode own = read(postJson("/api/v1/fairs/" + fairId + "/attendances", "salud.cucuta",
                newPerson(UUID.randomUUID().toString(), ssa, colombiaMayor, document()))
                        .andExpect(status().isForbidden()));
        assertThat(own.get("detail").asText()).contains("Secretaría de Salud").contains("no participa en la jornada");
        JsonNode other = read(postJson("/api/v1/fairs/" + fairId + "/attendances", "salud.cucuta",
                newPerson(UUID.randomUUID().toString(), sbs, colombiaMayor, document()))
                        .andExpect(status().isForbidden()));
        assertThat(other.get("detail").asText())
                .contains("no es personal de Departamento Administrativo de Bienestar Social");
        // Bienestar Social's staff may not register for Gobierno's stand either
        postJson("/api/v1/fairs/" + fairId + "/attendances", "bienestar.cucuta",
                newPerson(UUID.randomUUID().toString(), actor("SGO-CUC"), orientacion, document()))
                        .andExpect(status().isForbidden());
        // the registration page says so too
        String page = mvc.perform(get("/fairs/" + fairId + "/register").with(httpBasic("salud.cucuta", PW)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("fair-register\"");
        assertThat(jdbc.sql("select count(*) from fair_registration where fair_id = :f").param("f", fairId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNewPersonNeedsAuthorizationAndAReferralIsCreatedInTheSameStep() throws Exception {
        String doc = document();
        JsonNode refused = read(postJson("/api/v1/fairs/" + fairId + "/attendances", "bienestar.cucuta", """
                {"uuid":"%s","actorId":%d,"serviceIds":[%d],"documentType":"CC","documentNumber":"%s","firstName":"Ana",
                 "lastName":"Peña","birthDate":"1960-01-01"}""".formatted(UUID.randomUUID(), sbs, colombiaMayor, doc))
                .andExpect(status().isBadRequest()));
        assertThat(refused.toString()).contains("authorized").contains("autorización");
        JsonNode ok = read(
                postJson("/api/v1/fairs/" + fairId + "/attendances", "bienestar.cucuta",
                        """
                                {"uuid":"%s","actorId":%d,"serviceIds":[%d],"documentType":"CC","documentNumber":"%s","firstName":"Ana",
                                 "lastName":"Peña","birthDate":"1960-01-01","sex":"F","authorized":true,"needCategory":"HEALTH",
                                 "needDescription":"Requiere valoración por hipertensión","shareAuthorized":true,"sensitiveAuthorized":true}"""
                                .formatted(UUID.randomUUID(), sbs, colombiaMayor, doc))
                                        .andExpect(status().isCreated()));
        assertThat(ok.get("referralCode").asText()).startsWith("CAN-");
        long ref = ok.get("referralId").asLong();
        assertThat(jdbc.sql("select origin from referral where id = :r").param("r", ref).query(String.class).single())
                .isEqualTo("SERVICE_FAIR");
        JsonNode results = read(mvc.perform(get("/api/v1/fairs/" + fairId + "/results").with(httpBasic("cucuta", PW))));
        assertThat(results.get("referrals").asLong()).isEqualTo(1);
        assertThat(results.get("referralsByStatus").get(0).get("label").asText()).isEqualTo("creada");
    }

    @Test
    void aHealthReferralAtAStandNeedsTheSensitiveDataAuthorization() throws Exception {
        String doc = document();
        String body = """
                {"uuid":"%s","actorId":%d,"serviceIds":[%d],"documentType":"CC","documentNumber":"%s","firstName":"Inés",
                 "lastName":"Rojas","birthDate":"1958-03-03","sex":"F","authorized":true,"needCategory":"HEALTH",
                 "needDescription":"Requiere control de diabetes","shareAuthorized":true%s}""";
        JsonNode refused = read(postJson("/api/v1/fairs/" + fairId + "/attendances", "bienestar.cucuta",
                body.formatted(UUID.randomUUID(), sbs, colombiaMayor, doc, "")).andExpect(status().isBadRequest()));
        assertThat(refused.get("errors").findValuesAsText("field")).contains("needCategory");
        assertThat(refused.get("errors").toString()).contains("no cubre datos sensibles");
        assertThat(jdbc.sql("select count(*) from person where document_number = :d").param("d", doc).query(Long.class)
                .single()).isZero();
        JsonNode ok = read(postJson("/api/v1/fairs/" + fairId + "/attendances", "bienestar.cucuta",
                body.formatted(UUID.randomUUID(), sbs, colombiaMayor, doc, ",\"sensitiveAuthorized\":true"))
                        .andExpect(status().isCreated()));
        assertThat(ok.get("referralCode").asText()).startsWith("CAN-");
        assertThat(jdbc.sql("""
                select bool_or(a.sensitive_data) from data_authorization a join person p on p.id = a.person_id
                where p.document_number = :d and a.withdrawn_at is null""").param("d", doc).query(Boolean.class)
                .single())
                        .isTrue();
        String page = mvc.perform(get("/fairs/" + fairId + "/register").with(httpBasic("bienestar.cucuta", PW)))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("name=\"sensitiveAuthorized\"").contains("datos sensibles");
    }

    @Autowired
    java.util.List<org.minga.planning.IndicatorSource> indicators;
    @Autowired
    java.util.List<org.minga.dashboard.AgendaSource> agendas;
    @Autowired
    java.util.List<org.minga.practice.EvidenceSource> evidence;

    @Test
    void theDemoFairsFeedPlanningTheAgendaAndThePractice() {
        long j = jdbc.sql("select id from jurisdiction where code = '54001'").query(Long.class).single();
        String root = jdbc.sql("select path from territory where jurisdiction_id = :j and parent_id is null")
                .param("j", j).query(String.class).single();
        assertThat(jdbc
                .sql("select count(*) from fair where jurisdiction_id = :j and program = 'barrios-con-bienestar-2024'")
                .param("j", j).query(Long.class).single()).isEqualTo(9);
        assertThat(jdbc.sql(
                "select fair_date || ' ' || starts_at || '-' || ends_at from fair where jurisdiction_id = :j and code = 'BCB-2024-09'")
                .param("j", j).query(String.class).single()).isEqualTo("2024-05-24 06:30:00-13:00:00");
        long perFair = jdbc
                .sql("""
                        select coalesce(sum(n), 0) from (select count(distinct person_id) n from fair_registration r join fair f on f.id = r.fair_id
                        where f.program = 'barrios-con-bienestar-2024' and f.jurisdiction_id = :j group by r.fair_id) x""")
                .param("j", j).query(Long.class).single();
        assertThat(perFair).isGreaterThan(250);
        org.minga.planning.IndicatorSource people = indicators.stream()
                .filter(i -> i.key().equals("fair.people-attended")).findFirst().orElseThrow();
        assertThat(people.values(j, java.util.List.of(root), java.time.LocalDate.of(2024, 1, 1),
                java.time.LocalDate.of(2024, 6, 30)).get(root))
                        .isEqualTo((double) perFair);
        org.minga.planning.IndicatorSource held = indicators.stream().filter(i -> i.key().equals("fair.held"))
                .findFirst().orElseThrow();
        assertThat(held.values(j, java.util.List.of(root), java.time.LocalDate.of(2024, 1, 1),
                java.time.LocalDate.of(2024, 6, 30)).get(root))
                        .isEqualTo(9.0);
        // the series of an indicator asks for all its periods in one query: the same counts, period by period
        java.util.List<java.util.Map<String, Double>> series = people.series(j, java.util.List.of(root),
                java.util.List.of(
                        new org.minga.planning.IndicatorSource.Span(java.time.LocalDate.of(2023, 7, 1),
                                java.time.LocalDate.of(2023, 12, 31)),
                        new org.minga.planning.IndicatorSource.Span(java.time.LocalDate.of(2024, 1, 1),
                                java.time.LocalDate.of(2024, 6, 30))));
        assertThat(series.get(1).get(root)).isEqualTo((double) perFair);
        assertThat(held.series(j, java.util.List.of(root),
                java.util.List.of(new org.minga.planning.IndicatorSource.Span(
                        java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 6, 30))))
                .get(0).get(root))
                        .isEqualTo(9.0);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Bogota"));
        assertThat(agendas.stream().filter(a -> a.label().equals("Jornadas de servicios")).findFirst().orElseThrow()
                .upcoming(j, root, today, today.plusMonths(3), 10)).isNotEmpty();
        org.minga.practice.EvidenceSource.Evidence ev = evidence.stream().filter(e -> e.linkType().equals("fair"))
                .findFirst().orElseThrow()
                .figures(j, "barrios-con-bienestar-2024").orElseThrow();
        assertThat(ev.figures()).anyMatch(f -> f.label().equals("Jornadas realizadas") && f.value().equals("9"));
    }

    @Test
    void pagesReportsAndApiListsWork() throws Exception {
        postJson("/api/v1/fairs/" + fairId + "/attendances", "bienestar.cucuta",
                newPerson(UUID.randomUUID().toString(), sbs, colombiaMayor, document()))
                        .andExpect(status().isCreated());
        String detail = mvc.perform(get("/fairs/" + fairId).with(httpBasic("cucuta", PW))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("Jornada de prueba").contains("Carpas").contains("Colombia Mayor")
                .contains("Personas atendidas");
        assertThat(mvc.perform(get("/fairs?year=2026").with(httpBasic("cucuta", PW))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Jornada de prueba").contains("Marzo");
        assertThat(mvc.perform(get("/fairs/" + fairId + "/register").with(httpBasic("bienestar.cucuta", PW)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Colombia Mayor").contains("queue-status");
        assertThat(mvc.perform(get("/fairs/compare?year=2026").with(httpBasic("cucuta", PW))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Jornada de prueba");
        byte[] pdf = mvc.perform(get("/fairs/" + fairId + "/report.pdf").with(httpBasic("cucuta", PW)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        byte[] xlsx = mvc.perform(get("/fairs/" + fairId + "/results.xlsx").with(httpBasic("cucuta", PW)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx[0]).isEqualTo((byte) 'P');
        JsonNode list = read(
                mvc.perform(get("/api/v1/fairs?jurisdiction=54001&year=2026").with(httpBasic("cucuta", PW)))
                        .andExpect(status().isOk()));
        assertThat(list.get("total").asLong()).isPositive();
        JsonNode att = read(mvc.perform(get("/api/v1/fairs/" + fairId + "/attendances").with(httpBasic("cucuta", PW)))
                .andExpect(status().isOk()));
        assertThat(att.get("total").asLong()).isEqualTo(1);
        // a user of Bogotá does not see Cúcuta's fair
        mvc.perform(get("/api/v1/fairs/" + fairId).with(httpBasic("local.suba", PW))).andExpect(status().isNotFound());
    }
}
