package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/** Households and persons through the API, as officials use them. */
@MingaTest
class HouseholdTests {

    static final AtomicLong DOCS = new AtomicLong(1_050_000_000L + (System.nanoTime() % 1000) * 10_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    JsonNode call(org.springframework.test.web.servlet.RequestBuilder request, ResultMatcher expected)
            throws Exception {
        String body = mvc.perform(request).andExpect(expected).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? null : json.readTree(body);
    }

    JsonNode postJson(String user, String url, Object body, ResultMatcher expected) throws Exception {
        return call(post(url).with(httpBasic(user, "minga2026")).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body)), expected);
    }

    JsonNode getJson(String user, String url, ResultMatcher expected) throws Exception {
        return call(get(url).with(httpBasic(user, "minga2026")), expected);
    }

    long household(String user, String territoryCode) throws Exception {
        return postJson(user, "/api/v1/households", "{\"jurisdiction\":\"11001\",\"territoryCode\":\"" + territoryCode
                + "\",\"address\":\"Calle 1 # 2-3\",\"estrato\":2,\"sisbenGroup\":\"B3\"}", status().isCreated())
                        .get("id").asLong();
    }

    static String auth(boolean guardian, boolean sensitive) {
        return ",\"authorization\":{\"grantedByName\":\"Marta Ruiz\",\"channel\":\"PRESENCIAL\",\"purposes\":\"Caracterización "
                + "y plan de cuidado\",\"evidence\":\"Formato FA-77\",\"byGuardian\":" + guardian
                + (guardian ? ",\"guardianRelation\":\"Madre\"" : "") + ",\"sensitiveData\":" + sensitive + "}";
    }

    String personJson(long household, String relation, String type, String number, String first, String last,
            LocalDate birth,
            String sex, String extra, String authorization) {
        return "{\"householdId\":" + household + ",\"relation\":\"" + relation + "\",\"documentType\":\"" + type
                + "\",\"documentNumber\":" + (number == null ? "null" : "\"" + number + "\"") + ",\"firstName\":\""
                + first
                + "\",\"lastName\":\"" + last + "\",\"birthDate\":\"" + birth + "\",\"sex\":\"" + sex + "\"" + extra
                + authorization + "}";
    }

    long person(String user, long household, String relation, String type, LocalDate birth, String sex, String first,
            String extra, boolean guardian, boolean sensitive) throws Exception {
        String number = type.equals("TI") ? String.valueOf(DOCS.incrementAndGet() + 10_000_000_000L)
                : String.valueOf(DOCS.incrementAndGet());
        return postJson(user, "/api/v1/persons",
                personJson(household, relation, type, number, first, "Prueba", birth, sex,
                        extra, auth(guardian, sensitive)),
                status().isCreated()).get("id").asLong();
    }

    static List<String> messages(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asText() + ": " + e.get("message").asText()));
        return out;
    }

    @Test
    void personWithoutAuthorizationIsRefusedAndWithItIsSavedAndRetrievable() throws Exception {
        long h = household("local.suba", "B-SUBA-03");
        String doc = String.valueOf(DOCS.incrementAndGet());
        JsonNode refused = postJson("local.suba", "/api/v1/persons",
                personJson(h, "JEFE", "CC", doc, "Rosa", "Sin Permiso",
                        LocalDate.of(1980, 5, 1), "F", "", ""),
                status().isBadRequest());
        assertThat(messages(refused)).anyMatch(
                m -> m.startsWith("authorization: No se pueden guardar datos personales sin una autorización"));
        assertThat(jdbc.sql("select count(*) from person where document_number = :d").param("d", doc).query(Long.class)
                .single()).isZero();

        JsonNode saved = postJson("local.suba", "/api/v1/persons",
                personJson(h, "JEFE", "CC", doc, "Rosa", "Con Permiso",
                        LocalDate.of(1980, 5, 1), "F", "", auth(false, false)),
                status().isCreated());
        long id = saved.get("id").asLong();
        JsonNode consents = getJson("local.suba", "/api/v1/consents?person=" + id, status().isOk());
        assertThat(consents).hasSize(1);
        assertThat(consents.get(0).get("grantedByName").asText()).isEqualTo("Marta Ruiz");
        assertThat(consents.get(0).get("channel").asText()).isEqualTo("PRESENCIAL");
        assertThat(consents.get(0).get("evidence").asText()).isEqualTo("Formato FA-77");
        assertThat(consents.get(0).get("active").asBoolean()).isTrue();
    }

    @Test
    void minorNeedsGuardianAndSensitiveDataNeedsExplicitCover() throws Exception {
        long h = household("local.suba", "B-SUBA-04");
        String doc = String.valueOf(DOCS.incrementAndGet() + 10_000_000_000L);
        JsonNode minor = postJson("local.suba", "/api/v1/persons", personJson(h, "HIJO", "TI", doc, "Pablo", "Menor",
                LocalDate.now(java.time.ZoneId.of("America/Bogota")).minusYears(12), "M", "", auth(false, false)),
                status().isBadRequest());
        assertThat(messages(minor)).anyMatch(m -> m.contains("menor de edad") && m.contains("representante legal"));
        JsonNode sensitive = postJson("local.suba", "/api/v1/persons",
                personJson(h, "HIJO", "TI", doc, "Pablo", "Menor",
                        LocalDate.now(java.time.ZoneId.of("America/Bogota")).minusYears(12), "M",
                        ",\"disability\":true", auth(true, false)),
                status().isBadRequest());
        assertThat(messages(sensitive)).anyMatch(m -> m.contains("datos sensibles"));
        JsonNode ok = postJson("local.suba", "/api/v1/persons", personJson(h, "HIJO", "TI", doc, "Pablo", "Menor",
                LocalDate.now(java.time.ZoneId.of("America/Bogota")).minusYears(12), "M", ",\"disability\":true",
                auth(true, true)), status().isCreated());
        assertThat(ok.get("sensitiveFields").toString()).contains("disability");
    }

    @Test
    void documentsAreValidatedPerTypeWithSpanishMessages() throws Exception {
        long h = household("local.suba", "B-SUBA-05");
        JsonNode bad = postJson("local.suba", "/api/v1/persons", personJson(h, "JEFE", "CC", "12AB", "Ana", "Letras",
                LocalDate.of(1990, 1, 1), "F", "", auth(false, false)), status().isBadRequest());
        assertThat(messages(bad)).contains(
                "documentNumber: El número de cédula de ciudadanía '12AB' no es válido: debe tener de 3 a 10 dígitos.");
        JsonNode pep = postJson("local.suba", "/api/v1/persons", personJson(h, "JEFE", "PEP", "123", "Ana", "Pep",
                LocalDate.of(1990, 1, 1), "F", "", auth(false, false)), status().isBadRequest());
        assertThat(messages(pep)).anyMatch(m -> m.contains("de 15 dígitos"));
        JsonNode ccChild = postJson("local.suba", "/api/v1/persons",
                personJson(h, "HIJO", "CC", "52123456", "Ana", "Niña",
                        LocalDate.now(java.time.ZoneId.of("America/Bogota")).minusYears(9), "F", "", auth(true, false)),
                status().isBadRequest());
        assertThat(messages(ccChild))
                .anyMatch(m -> m.contains("corresponde a personas de 18 años o más; la persona tiene 9 años"));
        JsonNode noDoc = postJson("local.suba", "/api/v1/persons",
                personJson(h, "NO_PARIENTE", "SD", null, "Ana", "Sin Documento",
                        LocalDate.of(1990, 1, 1), "F", "", auth(false, false)),
                status().isCreated());
        assertThat(noDoc.get("documentNumber")).isNull();
    }

    @Test
    void viewingAPersonIsLoggedAndFieldUserOfSubaCannotReadKennedy() throws Exception {
        long suba = household("local.suba", "B-SUBA-06");
        long inSuba = person("local.suba", suba, "JEFE", "CC", LocalDate.of(1975, 3, 3), "F", "Elena", "", false,
                false);
        long kennedy = household("distrito", "B-KEN-01");
        long inKennedy = person("distrito", kennedy, "JEFE", "CC", LocalDate.of(1970, 3, 3), "M", "Mario", "", false,
                false);

        getJson("campo.suba", "/api/v1/persons/" + inSuba, status().isOk());
        getJson("admin", "/api/v1/persons/" + inSuba + "/access-log", status().isForbidden());
        JsonNode log = getJson("privacidad.bogota", "/api/v1/persons/" + inSuba + "/access-log", status().isOk());
        List<String> who = new ArrayList<>();
        log.forEach(e -> who.add(e.get("username").asText() + " " + e.get("action").asText()));
        assertThat(who).contains("campo.suba VIEW");
        assertThat(log.get(0).get("username").asText()).isEqualTo("campo.suba");
        assertThat(log.get(0).get("remoteAddress").asText()).isNotBlank();
        assertThat(log.get(0).get("at").asText()).isNotBlank();

        JsonNode refused = getJson("campo.suba", "/api/v1/persons/" + inKennedy, status().isForbidden());
        assertThat(refused.get("detail").asText()).contains("fuera de su alcance territorial");
        getJson("campo.suba", "/api/v1/households/" + kennedy, status().isForbidden());
        getJson("local.suba", "/api/v1/persons/" + inSuba + "/access-log", status().isForbidden());
        long kennedyViews = jdbc.sql(
                "select count(*) from personal_data_access where subject_ids @> array[cast(:p as bigint)] and username = 'campo.suba'")
                .param("p", inKennedy).query(Long.class).single();
        assertThat(kennedyViews).isZero();
    }

    @Test
    void eachDemoAlertRuleFiresOnARecordThatMeetsItAndNotOnOneThatDoesNot() throws Exception {
        long personInstrument = jdbc.sql(
                "select id from instrument where code = 'PERSONA-APS' and jurisdiction_id = (select id from jurisdiction where code = '11001')")
                .query(Long.class).single();
        long householdInstrument = jdbc.sql(
                "select id from instrument where code = 'HOGAR-APS' and jurisdiction_id = (select id from jurisdiction where code = '11001')")
                .query(Long.class).single();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Bogota"));
        // meets every rule (health answers: the authorizations cover sensitive data)
        long yes = household("local.suba", "B-SUBA-07");
        long teen = person("local.suba", yes, "HIJO", "TI", today.minusYears(16), "F", "Laura", "", true, true);
        long baby = person("local.suba", yes, "HIJO", "RC", today.minusYears(3), "M", "Tomás", "", true, true);
        long disabled = person("local.suba", yes, "JEFE", "CC", today.minusYears(40), "F", "Gloria",
                ",\"disability\":true,\"disabilityCertified\":false", false, true);
        characterize(personInstrument, yes, teen, "{\"afiliacion_salud\":\"Subsidiado\",\"gestante\":true}");
        characterize(personInstrument, yes, baby,
                "{\"afiliacion_salud\":\"Subsidiado\",\"vacunacion_completa\":false}");
        characterize(householdInstrument, yes, null,
                "{\"tipo_vivienda\":\"Casa\",\"agua_potable\":true,\"inseguridad_alimentaria\":6}");
        long alone = household("local.suba", "B-SUBA-07");
        person("local.suba", alone, "JEFE", "CC", today.minusYears(75), "M", "Arturo", "", false, false);

        // meets none: adult pregnant woman, vaccinated child, certified disability, low score, older adult not alone
        long no = household("local.suba", "B-SUBA-07");
        long adult = person("local.suba", no, "JEFE", "CC", today.minusYears(25), "F", "Sara",
                ",\"disability\":true,\"disabilityCertified\":true", false, true);
        long kid = person("local.suba", no, "HIJO", "RC", today.minusYears(2), "F", "Eva", "", true, true);
        person("local.suba", no, "ABUELO", "CC", today.minusYears(80), "M", "Ramón", "", false, false);
        long older = person("local.suba", no, "OTRO_PARIENTE", "CC", today.minusYears(19), "F", "Julia", "", false,
                true);
        characterize(personInstrument, no, adult, "{\"afiliacion_salud\":\"Subsidiado\",\"gestante\":true}");
        characterize(personInstrument, no, older, "{\"afiliacion_salud\":\"Subsidiado\",\"gestante\":true}");
        characterize(personInstrument, no, kid, "{\"afiliacion_salud\":\"Subsidiado\",\"vacunacion_completa\":true}");
        characterize(householdInstrument, no, null,
                "{\"tipo_vivienda\":\"Casa\",\"agua_potable\":true,\"inseguridad_alimentaria\":4}");

        assertThat(rules(yes)).containsExactlyInAnyOrder("ADOLESCENTE-GESTANTE", "VACUNACION-MENOR-5",
                "INSEGURIDAD-ALIMENTARIA", "DISCAPACIDAD-SIN-CERTIFICADO");
        assertThat(rules(alone)).containsExactly("MAYOR-SOLO");
        assertThat(rules(no)).isEmpty();
        JsonNode alert = getJson("local.suba", "/api/v1/alerts?household=" + yes + "&severity=ALTA", status().isOk());
        assertThat(alert.get("total").asInt()).isEqualTo(2);
        assertThat(alert.get("items").get(0).get("status").asText()).isEqualTo("ABIERTA");
        assertThat(alert.get("items").get(0).get("dueOn").asText()).isNotBlank();

        // re-running opens nothing new while alerts stay open
        JsonNode rerun = postJson("local.suba", "/api/v1/alerts/run?jurisdiction=11001", "{}", status().isOk());
        assertThat(rules(yes)).hasSize(4);
        assertThat(rerun.get("opened").asInt()).isGreaterThanOrEqualTo(0);
    }

    List<String> rules(long household) throws Exception {
        JsonNode page = getJson("local.suba", "/api/v1/alerts?household=" + household, status().isOk());
        List<String> out = new ArrayList<>();
        page.get("items").forEach(a -> out.add(jdbc.sql("select code from alert_rule where id = :id")
                .param("id", a.get("ruleId").asLong()).query(String.class).single()));
        return out;
    }

    void characterize(long instrument, long household, Long person, String answers) throws Exception {
        postJson("local.suba", "/api/v1/characterizations",
                "{\"instrumentId\":" + instrument + ",\"householdId\":" + household
                        + ",\"personId\":" + person + ",\"answers\":" + answers + "}",
                status().isCreated());
    }

    @Test
    void deletionOnRequestAnonymisesAndKeepsCountsByTerritory() throws Exception {
        long h = household("local.suba", "B-SUBA-01");
        long id = person("local.suba", h, "JEFE", "CC", LocalDate.of(1985, 7, 9), "F", "Beatriz",
                ",\"phone\":\"3001234567\",\"email\":\"beatriz@example.org\",\"ethnicity\":\"RAIZAL\"", false, true);
        String doc = jdbc.sql("select document_number from person where id = :id").param("id", id).query(String.class)
                .single();
        String path = jdbc.sql("select territory_path from person where id = :id").param("id", id).query(String.class)
                .single();
        long before = jdbc.sql("select count(*) from person where territory_path = :p").param("p", path)
                .query(Long.class).single();

        JsonNode request = postJson("local.suba", "/api/v1/data-requests", "{\"personId\":" + id
                + ",\"kind\":\"SUPRESION\",\"requestedBy\":\"La titular\",\"details\":\"Pide suprimir sus datos\"}",
                status().isCreated());
        assertThat(LocalDate.parse(request.get("dueOn").asText()))
                .isAfter(LocalDate.parse(request.get("receivedOn").asText()).plusDays(15));
        // only the privacy officer answers and executes a deletion
        postJson("local.suba", "/api/v1/data-requests/" + request.get("id").asLong() + "/answer",
                "{\"response\":\"Datos suprimidos\",\"applyDeletion\":true,\"version\":0}", status().isForbidden());
        JsonNode answered = postJson("privacidad.bogota",
                "/api/v1/data-requests/" + request.get("id").asLong() + "/answer",
                "{\"response\":\"Datos suprimidos\",\"applyDeletion\":true,\"version\":0}", status().isOk());
        assertThat(answered.get("status").asText()).isEqualTo("RESPONDIDA");

        JsonNode p = getJson("admin", "/api/v1/persons/" + id, status().isOk()).get("person");
        String all = p.toString() + getJson("admin", "/api/v1/consents?person=" + id, status().isOk());
        for (String identifying : List.of(doc, "Beatriz", "3001234567", "beatriz@example.org", "1985-07-09",
                "Marta Ruiz", "RAIZAL")) {
            assertThat(all).doesNotContain(identifying);
        }
        assertThat(p.get("anonymised").asBoolean()).isTrue();
        long after = jdbc.sql("select count(*) from person where territory_path = :p").param("p", path)
                .query(Long.class).single();
        assertThat(after).isEqualTo(before);
        JsonNode search = getJson("local.suba", "/api/v1/persons?document=" + doc, status().isOk());
        assertThat(search.get("total").asInt()).isZero();
    }

    @Test
    void consultaExportsEverythingHeldWithinTenBusinessDays() throws Exception {
        long h = household("local.suba", "B-SUBA-02");
        long id = person("local.suba", h, "JEFE", "CC", LocalDate.of(1979, 1, 2), "M", "Hugo", "", false, false);
        getJson("campo.suba", "/api/v1/persons/" + id, status().isOk());
        JsonNode request = postJson("local.suba", "/api/v1/data-requests", "{\"personId\":" + id
                + ",\"kind\":\"CONSULTA\",\"receivedOn\":\"2024-03-22\",\"requestedBy\":\"El titular\",\"details\":\"Qué datos tienen\"}",
                status().isCreated());
        assertThat(request.get("dueOn").asText()).isEqualTo("2024-04-10");
        assertThat(request.get("overdue").asBoolean()).isTrue();
        getJson("local.suba", "/api/v1/data-requests/" + request.get("id").asLong() + "/export",
                status().isForbidden());
        JsonNode export = getJson("privacidad.bogota",
                "/api/v1/data-requests/" + request.get("id").asLong() + "/export", status().isOk())
                        .get("datos");
        assertThat(export.get("Hogares y personas").get("datos").get("firstName").asText()).isEqualTo("Hugo");
        assertThat(export.get("Protección de datos personales").get("autorizaciones")).hasSize(1);
        assertThat(export.get("Protección de datos personales").get("registroDeAccesos").toString())
                .contains("campo.suba");
    }

    @Test
    void withdrawingAuthorizationStopsUse() throws Exception {
        long h = household("local.suba", "B-SUBA-02");
        long id = person("local.suba", h, "JEFE", "CC", LocalDate.of(1960, 1, 2), "M", "Iván", "", false, false);
        JsonNode consent = getJson("local.suba", "/api/v1/consents?person=" + id, status().isOk()).get(0);
        postJson("local.suba", "/api/v1/consents/" + consent.get("id").asLong() + "/withdraw",
                "{\"reason\":\"El titular revoca\",\"version\":0}", status().isOk());
        JsonNode p = getJson("local.suba", "/api/v1/persons/" + id, status().isOk()).get("person");
        assertThat(p.get("processingStopped").asBoolean()).isTrue();
        JsonNode refused = call(put("/api/v1/persons/" + id).with(httpBasic("local.suba", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content(personJson(h, "JEFE", "CC", "123456", "Iván", "Prueba",
                        LocalDate.of(1960, 1, 2), "M", ",\"version\":" + p.get("version").asInt(), "")),
                status().isConflict());
        assertThat(refused.get("detail").asText()).contains("revocó su autorización");
        // alone and 60+: the older-adult alert opened at registration is closed and never reopened
        postJson("local.suba", "/api/v1/alerts/run?jurisdiction=11001", "{}", status().isOk());
        JsonNode alerts = getJson("local.suba", "/api/v1/alerts?household=" + h, status().isOk());
        assertThat(alerts.get("total").asInt()).isEqualTo(1);
        assertThat(alerts.get("items").get(0).get("status").asText()).isEqualTo("CERRADA");
        assertThat(alerts.get("items").get(0).get("closingNote").asText()).contains("revocó su autorización");
    }

    @Test
    void sameDocumentIsOnePersonAndSimilarNamesAreFlaggedAndMerged() throws Exception {
        long h = household("local.suba", "B-SUBA-03");
        String doc = String.valueOf(DOCS.incrementAndGet());
        long first = postJson("local.suba", "/api/v1/persons", personJson(h, "JEFE", "CC", doc, "Jesús", "Ramírez",
                LocalDate.of(1977, 4, 4), "M", "", auth(false, false)), status().isCreated()).get("id").asLong();
        JsonNode dup = postJson("local.suba", "/api/v1/persons", personJson(h, "HERMANO", "CC", doc, "Otro", "Nombre",
                LocalDate.of(1977, 4, 4), "M", "", auth(false, false)), status().isBadRequest());
        assertThat(messages(dup)).anyMatch(m -> m.contains("Ya existe una persona con CC " + doc));
        long second = postJson("local.suba", "/api/v1/persons",
                personJson(h, "HERMANO", "PA", "AB" + doc, "Jesus", "Ramirez",
                        LocalDate.of(1977, 4, 4), "M", "", auth(false, false)),
                status().isCreated()).get("id").asLong();
        JsonNode view = getJson("local.suba", "/api/v1/persons/" + first, status().isOk());
        assertThat(view.get("probableDuplicates").toString()).contains("\"id\":" + second);
        JsonNode merged = postJson("local.suba", "/api/v1/persons/" + first + "/merge",
                "{\"duplicateId\":" + second + "}", status().isOk());
        assertThat(merged.get("id").asLong()).isEqualTo(first);
        assertThat(getJson("local.suba", "/api/v1/consents?person=" + first, status().isOk())).hasSize(2);
        JsonNode old = getJson("local.suba", "/api/v1/persons/" + second, status().isOk()).get("person");
        assertThat(old.get("mergedInto").asLong()).isEqualTo(first);
    }

    @Test
    void mergingMovesTheDuplicatesAttentionsAndAuthorizationsThroughTheirOwnersAndRefusesASecondMerge()
            throws Exception {
        long h = household("local.suba", "B-SUBA-04");
        long keep = postJson("local.suba", "/api/v1/persons",
                personJson(h, "JEFE", "CC", String.valueOf(DOCS.incrementAndGet()),
                        "Marta", "Lozano", LocalDate.of(1969, 2, 2), "F", "", auth(false, false)),
                status().isCreated()).get("id").asLong();
        long dup = postJson("local.suba", "/api/v1/persons",
                personJson(h, "HERMANO", "PA", "ML" + DOCS.incrementAndGet(),
                        "Martha", "Lozano", LocalDate.of(1969, 2, 2), "F", "", auth(false, false)),
                status().isCreated()).get("id").asLong();
        LocalDate day = LocalDate.now(java.time.ZoneId.of("America/Bogota")).minusDays(1);
        long attention = postJson("local.suba", "/api/v1/attentions?jurisdiction=11001", "{\"setting\":\"hogar\","
                + "\"mode\":\"INDIVIDUAL\",\"attendedOn\":\"" + day + "\",\"actorName\":\"Equipo básico\",\"personId\":"
                + dup + "}",
                status().isCreated())
                        .get("id").asLong();
        postJson("local.suba", "/api/v1/persons/" + keep + "/merge", "{\"duplicateId\":" + dup + "}", status().isOk());
        assertThat(getJson("local.suba", "/api/v1/attentions/" + attention, status().isOk()).get("personId").asLong())
                .isEqualTo(keep);
        assertThat(getJson("local.suba", "/api/v1/consents?person=" + keep, status().isOk())).hasSize(2);
        assertThat(getJson("local.suba", "/api/v1/consents?person=" + dup, status().isOk())).isEmpty();
        // the duplicate is history now: merging it again, or into it, is refused with the reason
        JsonNode again = postJson("local.suba", "/api/v1/persons/" + dup + "/merge", "{\"duplicateId\":" + keep + "}",
                status().isConflict());
        assertThat(again.get("detail").asText()).contains("se fusionó con la persona " + keep);
    }

    @Test
    void importReportsDuplicatesInsideTheFileAndAgainstTheDatabaseBeforeLoading() throws Exception {
        String existing = jdbc
                .sql("""
                        select document_number from person p join jurisdiction j on j.id = p.jurisdiction_id
                        where j.code = '11001' and document_type = 'CC' and merged_into is null and anonymised_at is null limit 1""")
                .query(String.class).single();
        String a = String.valueOf(DOCS.incrementAndGet());
        String b = String.valueOf(DOCS.incrementAndGet());
        String header = "codigo_hogar;codigo_territorio;parentesco;tipo_documento;numero_documento;primer_nombre;primer_apellido;"
                + "fecha_nacimiento;sexo;autoriza_nombre;autoriza_canal;autoriza_finalidades;autoriza_evidencia\n";
        String auth = ";Titular;PRESENCIAL;Caracterización;Formato 1\n";
        String csv = header
                + "H-IMP-" + a + ";B-SUBA-01;JEFE;CC;" + a + ";Nora;Ríos;1980-01-01;F" + auth
                + "H-IMP-" + a + ";B-SUBA-01;CONYUGE;CC;" + b + ";Raúl;Ríos;15/06/1979;M" + auth
                + "H-IMP-" + a + ";B-SUBA-01;HERMANO;CC;" + a + ";Nora;Ríos Bis;1981-01-01;F" + auth
                + "H-IMP-" + b + ";B-SUBA-02;JEFE;C.C.;" + existing + ";Ya;Existe;1970-01-01;M" + auth;
        JsonNode job = importFile("local.suba", csv);
        assertThat(job.get("status").asText()).isEqualTo("INVALID");
        List<String> errors = new ArrayList<>();
        job.get("errors").forEach(e -> errors
                .add(e.get("row").asInt() + "|" + e.get("column").asText() + "|" + e.get("message").asText()));
        assertThat(errors).anyMatch(e -> e.startsWith(
                "4|numero_documento|Documento duplicado en el archivo: CC " + a + " ya aparece en la fila 2"));
        assertThat(errors).anyMatch(e -> e.startsWith("5|numero_documento|Ya existe una persona con CC " + existing));
        assertThat(jdbc.sql("select count(*) from household where code like :c").param("c", "H-IMP-%" + a)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from person where document_number = :b").param("b", b).query(Long.class)
                .single()).isZero();

        String c = String.valueOf(DOCS.incrementAndGet());
        JsonNode ok = importFile("local.suba",
                header + "H-IMP-" + a + ";B-SUBA-01;JEFE;CC;" + a + ";Nora;Ríos;1980-01-01;F" + auth
                        + "H-IMP-" + a + ";B-SUBA-01;CONYUGE;CC;" + b + ";Raúl;Ríos;15/06/1979;M" + auth
                        + "H-IMP-" + c + ";B-SUBA-02;JEFE;CC;" + c + ";Aurelio;Solo;1950-01-01;M" + auth);
        assertThat(ok.get("status").asText()).as(ok.toString()).isEqualTo("DONE");
        long persons = jdbc
                .sql("select count(*) from person p join household h on h.id = p.household_id where h.code = :c")
                .param("c", "H-IMP-" + a).query(Long.class).single();
        assertThat(persons).isEqualTo(2);
        long authorizations = jdbc.sql("""
                select count(*) from data_authorization d join person p on p.id = d.person_id
                join household h on h.id = p.household_id where h.code = :c""").param("c", "H-IMP-" + a)
                .query(Long.class).single();
        assertThat(authorizations).isEqualTo(2);
        // the rules run on imported records too: an older adult living alone
        assertThat(jdbc
                .sql("""
                        select r.code from alert a join alert_rule r on r.id = a.rule_id join household h on h.id = a.household_id
                        where h.code = :c""")
                .param("c", "H-IMP-" + c).query(String.class).list()).containsExactly("MAYOR-SOLO");
        assertThat(jdbc.sql("select count(*) from alert a join household h on h.id = a.household_id where h.code = :c")
                .param("c", "H-IMP-" + a).query(Long.class).single()).isZero();
    }

    @Test
    void aLargeImportChecksEveryRowAndReportsItsErrorsInFileOrderThenLoadsEveryPersonWithItsAuthorization()
            throws Exception {
        String header = "codigo_hogar,codigo_territorio,parentesco,tipo_documento,numero_documento,primer_nombre,primer_apellido,"
                + "fecha_nacimiento,sexo,autoriza_nombre,autoriza_canal,autoriza_finalidades,autoriza_evidencia\n";
        int n = 2_400;
        long base = DOCS.addAndGet(n + 10) - n;
        String tag = "H-BIG-" + base + "-";
        StringBuilder bad = new StringBuilder(header);
        StringBuilder good = new StringBuilder(header);
        for (int i = 0; i < n; i++) {
            int row = i + 2; // the header is row 1
            String doc = String.valueOf(base + i);
            String birth = "1980-01-01";
            if (row == 700) {
                birth = "1980-13-45"; // not a date
            }
            if (row == 1900) {
                doc = String.valueOf(base + 5); // the document of row 7
            }
            String line = tag + (i / 2) + ",B-SUBA-0" + (1 + i % 5) + "," + (i % 2 == 0 ? "JEFE" : "CONYUGE") + ",CC,"
                    + doc
                    + ",Nombre" + i + ",Apellido," + birth + "," + (i % 2 == 0 ? "F" : "M")
                    + ",Titular,PRESENCIAL,APS,F-" + i + "\n";
            bad.append(row == 1200 ? line.replace(",PRESENCIAL,", ",PALOMA,") : line);
            good.append(line.replace(",1980-13-45,", ",1980-01-01,").replace("," + (base + 5) + ",Nombre" + i,
                    "," + (base + i) + ",Nombre" + i));
        }
        JsonNode rejected = importFile("local.suba", bad.toString());
        assertThat(rejected.get("status").asText()).isEqualTo("INVALID");
        List<String> errors = new ArrayList<>();
        rejected.get("errors").forEach(e -> errors.add(e.get("row").asInt() + "|" + e.get("column").asText()));
        assertThat(errors).containsExactly("700|fecha_nacimiento", "1200|autoriza_canal", "1900|numero_documento");
        assertThat(rejected.get("errors").get(2).get("message").asText()).contains("ya aparece en la fila 7");
        assertThat(jdbc.sql("select count(*) from household where code like :c").param("c", tag + "%").query(Long.class)
                .single()).isZero();

        JsonNode loaded = importFile("local.suba", good.toString());
        assertThat(loaded.get("status").asText()).as(loaded.toString()).isEqualTo("DONE");
        assertThat(jdbc.sql("select count(*) from household where code like :c").param("c", tag + "%").query(Long.class)
                .single())
                        .isEqualTo(n / 2);
        assertThat(jdbc.sql("""
                select count(*) from person p join household h on h.id = p.household_id
                join data_authorization d on d.person_id = p.id
                where h.code like :c and p.territory_id = h.territory_id and p.jurisdiction_id = h.jurisdiction_id""")
                .param("c", tag + "%").query(Long.class).single()).isEqualTo(n);
    }

    @Test
    void personsAreFoundByTheStartOfEachWordOfTheirNameAccentsAndOrderAside() throws Exception {
        // a word of letters no other person has: the digits of a fresh number spelled as letters
        StringBuilder word = new StringBuilder("Zé");
        for (char ch : String.valueOf(DOCS.incrementAndGet()).toCharArray()) {
            word.append((char) ('a' + (ch - '0')));
        }
        long h = household("local.suba", "B-SUBA-01");
        long id = person("local.suba", h, "JEFE", "CC", LocalDate.of(1985, 3, 3), "F", word.toString(), "", false,
                false);
        String key = word.toString().toLowerCase().replace("é", "e");
        for (String q : new String[]{word.toString(), key.substring(0, 5), "prueb " + key.substring(0, 4).toUpperCase(),
                "PRUEBA " + key}) {
            JsonNode found = getJson("local.suba", "/api/v1/persons?name=" + q, status().isOk());
            assertThat(found.get("total").asLong()).as(q).isEqualTo(1);
            assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(id);
        }
        // a word that is not the start of any word of the name, or a word of another person, finds nothing
        assertThat(getJson("local.suba", "/api/v1/persons?name=" + key.substring(2), status().isOk()).get("total")
                .asLong()).isZero();
        assertThat(getJson("local.suba", "/api/v1/persons?name=" + key + " gonzalez", status().isOk()).get("total")
                .asLong()).isZero();
        // outside the user's territory the person is not found; a read-only user reads no personal data at all
        assertThat(getJson("campo.suba", "/api/v1/persons?name=" + key, status().isOk()).get("total").asLong())
                .isEqualTo(1);
        getJson("consulta.kennedy", "/api/v1/persons?name=" + key, status().isForbidden());
    }

    @Test
    void theDatabaseRefusesAHouseholdOrPersonPlacedInATerritoryOfAnotherJurisdiction() {
        long bogota = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single();
        long cucuta = jdbc.sql("select id from jurisdiction where code = '54001'").query(Long.class).single();
        record T(long id, String path) {
        }
        T laguna = jdbc.sql("select id, path from territory where jurisdiction_id = :j and code = 'B-C09-01'")
                .param("j", cucuta)
                .query((rs, i) -> new T(rs.getLong(1), rs.getString(2))).single();
        String code = "H-FK-" + DOCS.incrementAndGet();
        String insert = "insert into household (jurisdiction_id, code, territory_id, territory_path) values (:j, :c, :t, :p)";
        // a Cúcuta territory on a Bogotá household: the composite key (territory, jurisdiction) refuses it
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(insert).param("j", bogota).param("c", code)
                .param("t", laguna.id()).param("p", laguna.path()).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageContaining("household_territory_fk");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                insert into person (jurisdiction_id, territory_id, territory_path, document_type, first_name, last_name,
                  name_key) values (:j, :t, :p, 'SD', 'Ana', 'Ruiz', 'ana ruiz')""")
                .param("j", bogota).param("t", laguna.id()).param("p", laguna.path()).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                .hasMessageContaining("person_territory_fk");
        // the same household in its own jurisdiction is stored
        assertThat(
                jdbc.sql(insert).param("j", cucuta).param("c", code).param("t", laguna.id()).param("p", laguna.path())
                        .update()).isEqualTo(1);
    }

    JsonNode importFile(String user, String csv) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "personas.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        JsonNode started = call(
                multipart("/api/v1/imports").file(file).param("type", "persons").param("jurisdiction", "11001")
                        .with(httpBasic(user, "minga2026")),
                status().isAccepted());
        long id = started.get("id").asLong();
        for (int i = 0; i < 400; i++) {
            JsonNode job = getJson(user, "/api/v1/imports/" + id, status().isOk());
            if (job.get("finished").asBoolean()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import did not finish");
    }

    @Test
    void demoDataHasHouseholdsInSubaKennedyAndCucutaWithAlertsOfEveryKind() {
        long households = jdbc.sql(
                "select count(*) from household where code like 'H-SUBA-%' or code like 'H-KEN-%' or code like 'H-CUC%'")
                .query(Long.class).single();
        assertThat(households).isGreaterThanOrEqualTo(300);
        List<String> kinds = jdbc.sql(
                "select distinct r.kind from alert a join alert_rule r on r.id = a.rule_id join household h on h.id = a.household_id where h.code like 'H-%-0%'")
                .query(String.class).list();
        assertThat(kinds).containsExactlyInAnyOrder("PREGNANT_ADOLESCENT", "CHILD_VACCINATION", "HOUSEHOLD_SCORE_ABOVE",
                "DISABILITY_WITHOUT_CERTIFICATE", "OLDER_ADULT_ALONE");
        assertThat(jdbc.sql("select count(*) from care_plan").query(Long.class).single()).isGreaterThan(10);
    }
}
