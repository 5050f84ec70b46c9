package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

/**
 * Sensitive data (health, pregnancy, disability, ethnicity) is stored only under an authorization that expressly
 * covers it (Ley 1581 de 2012, arts. 5 and 6); otherwise the answer is refused with a message naming the question.
 */
@MingaTest
class SensitiveDataTests {

    static final AtomicLong DOCS = new AtomicLong(1_060_000_000L + (System.nanoTime() % 1000) * 10_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    JsonNode postJson(String url, String body, ResultMatcher expected) throws Exception {
        String out = mvc
                .perform(post(url).with(httpBasic("local.suba", "minga2026")).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(expected).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return out.isEmpty() ? null : json.readTree(out);
    }

    long household() throws Exception {
        return postJson("/api/v1/households", "{\"jurisdiction\":\"11001\",\"territoryCode\":\"B-SUBA-01\","
                + "\"address\":\"Calle 5 # 6-7\",\"estrato\":2,\"sisbenGroup\":\"B3\"}", status().isCreated()).get("id")
                        .asLong();
    }

    long woman(long household, String relation, boolean sensitive) throws Exception {
        String doc = String.valueOf(DOCS.incrementAndGet());
        return postJson("/api/v1/persons", "{\"householdId\":" + household + ",\"relation\":\"" + relation
                + "\",\"documentType\":\"CC\",\"documentNumber\":\"" + doc
                + "\",\"firstName\":\"Lucía\",\"lastName\":\"Sensible\","
                + "\"birthDate\":\"1999-04-04\",\"sex\":\"F\",\"authorization\":{\"grantedByName\":\"Lucía Sensible\","
                + "\"channel\":\"PRESENCIAL\",\"purposes\":\"Caracterización\",\"evidence\":\"Formato FA-9\",\"byGuardian\":false,"
                + "\"sensitiveData\":" + sensitive + "}}", status().isCreated()).get("id").asLong();
    }

    long personInstrument() {
        return jdbc.sql("select id from instrument where code = 'PERSONA-APS' and jurisdiction_id = "
                + "(select id from jurisdiction where code = '11001')").query(Long.class).single();
    }

    long stored(long person) {
        return jdbc.sql("select count(*) from characterization where person_id = :p").param("p", person)
                .query(Long.class).single();
    }

    @Test
    void aPregnancyAnswerIsRefusedUnlessTheAuthorizationCoversSensitiveData() throws Exception {
        long h = household();
        long uncovered = woman(h, "JEFE", false);
        long covered = woman(h, "CONYUGE", true);
        long instrument = personInstrument();
        String answers = ",\"answers\":{\"afiliacion_salud\":\"Subsidiado\",\"gestante\":true,\"control_prenatal\":true}}";

        JsonNode refused = postJson("/api/v1/characterizations",
                "{\"instrumentId\":" + instrument + ",\"householdId\":" + h
                        + ",\"personId\":" + uncovered + answers,
                status().isBadRequest());
        List<String> messages = new ArrayList<>();
        refused.get("errors").forEach(e -> messages.add(e.get("field").asText() + ": " + e.get("message").asText()));
        assertThat(messages)
                .anyMatch(m -> m.startsWith("answers.gestante: La pregunta «¿Está en embarazo?» pide un dato "
                        + "sensible") && m.contains("no cubre datos sensibles"));
        assertThat(stored(uncovered)).isZero();

        postJson("/api/v1/characterizations", "{\"instrumentId\":" + instrument + ",\"householdId\":" + h
                + ",\"personId\":" + covered + answers, status().isCreated());
        assertThat(stored(covered)).isEqualTo(1);
        assertThat(
                jdbc.sql("select answers->>'gestante' from characterization where person_id = :p").param("p", covered)
                        .query(String.class).single()).isEqualTo("true");
    }

    @Test
    void theCharacterisationPageShowsTheRefusalNamingTheQuestion() throws Exception {
        long h = household();
        long uncovered = woman(h, "JEFE", false);
        String page = mvc
                .perform(post("/households/" + h + "/characterizations").with(httpBasic("local.suba", "minga2026"))
                        .with(csrf()).param("instrumentId", String.valueOf(personInstrument()))
                        .param("personId", String.valueOf(uncovered)).param("a.afiliacion_salud", "Subsidiado")
                        .param("a.gestante", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("La pregunta «¿Está en embarazo?» pide un dato sensible");
        assertThat(stored(uncovered)).isZero();
    }

    @Test
    void theImportRefusesEthnicityOrDisabilityWithoutASensitiveAuthorization() throws Exception {
        String a = String.valueOf(DOCS.incrementAndGet());
        String b = String.valueOf(DOCS.incrementAndGet());
        String header = "codigo_hogar;codigo_territorio;parentesco;tipo_documento;numero_documento;primer_nombre;primer_apellido;"
                + "fecha_nacimiento;sexo;etnia;autoriza_nombre;autoriza_canal;autoriza_finalidades;autoriza_evidencia;"
                + "autoriza_datos_sensibles\n";
        String refusedCsv = header + "H-SEN-" + a + ";B-SUBA-01;JEFE;CC;" + a
                + ";Rosa;Sensible;1980-01-01;F;INDIGENA;Titular;"
                + "PRESENCIAL;Caracterización;Formato 1;no\n";
        JsonNode job = importFile(refusedCsv);
        assertThat(job.get("status").asText()).isEqualTo("INVALID");
        List<String> errors = new ArrayList<>();
        job.get("errors").forEach(e -> errors.add(e.get("row").asInt() + "|" + e.get("column").asText() + "|"
                + e.get("message").asText()));
        assertThat(errors).anyMatch(e -> e.startsWith("2|autoriza_datos_sensibles|") && e.contains("datos sensibles"));
        assertThat(jdbc.sql("select count(*) from person where document_number = :d").param("d", a).query(Long.class)
                .single())
                        .isZero();

        JsonNode ok = importFile(
                header + "H-SEN-" + b + ";B-SUBA-01;JEFE;CC;" + b + ";Rosa;Sensible;1980-01-01;F;INDIGENA;"
                        + "Titular;PRESENCIAL;Caracterización;Formato 1;si\n");
        assertThat(ok.get("status").asText()).as(ok.toString()).isEqualTo("DONE");
        assertThat(jdbc.sql("select count(*) from person where document_number = :d and ethnicity = 'INDIGENA'")
                .param("d", b)
                .query(Long.class).single()).isEqualTo(1);
    }

    JsonNode importFile(String csv) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "personas.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        String started = mvc
                .perform(multipart("/api/v1/imports").file(file).param("type", "persons").param("jurisdiction", "11001")
                        .with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isAccepted()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = json.readTree(started).get("id").asLong();
        for (int i = 0; i < 400; i++) {
            JsonNode job = json.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get("/api/v1/imports/" + id).with(httpBasic("local.suba", "minga2026"))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            if (job.get("finished").asBoolean()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import did not finish");
    }
}
