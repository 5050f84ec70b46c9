package org.minga.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minga.JsonCalls;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The community's word in a fair (issue 24, point 8): a dialogue linked to the 2024 Suba fair's planning and a survey
 * to its evaluation, what came out of each shown on the fair's page, in its API and its XLSX export; planners link
 * and unlink them.
 */
@MingaTest
class FairCommunityInputTests {

    static final String PW = "minga2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    long subaFair() {
        return jdbc.sql("select id from fair where code = 'BCB-SUBA-2024'").query(Long.class).single();
    }

    JsonNode call(MockHttpServletRequestBuilder req, String user, Object body, int expected) throws Exception {
        return new JsonCalls(mvc, json).call(req, user, body, expected);
    }

    static Map<String, String> figures(JsonNode input) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        input.get("figures").forEach(x -> f.put(x.get("key").asText(), x.get("value").asText()));
        return f;
    }

    @Test
    void theSubaFairShowsTheDialogueThatPlannedItAndTheSurveyThatEvaluatedIt() throws Exception {
        long fair = subaFair();
        JsonNode inputs = call(get("/api/v1/fairs/" + fair + "/community-inputs"), "local.suba", null, 200);
        assertThat(inputs).hasSize(2);
        JsonNode planning = inputs.get(0);
        assertThat(planning.get("role").asText()).isEqualTo("PLANNING");
        assertThat(planning.get("roleLabel").asText()).isEqualTo("planeación");
        assertThat(planning.get("title").asText()).startsWith("Diálogo ciudadano: la jornada Barrios con Bienestar");
        assertThat(figures(planning)).containsEntry("contributions", "5").containsEntry("participants", "38")
                .containsEntry("population", "Personas mayores, Personas cuidadoras");
        assertThat(planning.get("agreements").toString())
                .contains("Stand de afiliación en salud y Sisbén en la jornada de Suba (hecha)")
                .contains("Jornada en sábado con perifoneo previo (hecha)");

        JsonNode evaluation = inputs.get(1);
        assertThat(evaluation.get("role").asText()).isEqualTo("EVALUATION");
        assertThat(evaluation.get("kindLabel").asText()).isEqualTo("Encuesta");
        Map<String, String> f = figures(evaluation);
        assertThat(f).containsEntry("responses", "46").containsKeys("agree:respondio", "agree:volveria",
                "mean:calificacion");
        long agreeing = jdbc.sql("""
                select count(*) from survey_answer a join survey_response r on r.id = a.response_id
                join survey s on s.id = r.survey_id where s.code = 'suba-bcb-2024-evaluacion'
                 and a.question_key = 'respondio' and a.value in ('De acuerdo', 'Muy de acuerdo')""")
                .query(Long.class).single();
        assertThat(f.get("agree:respondio")).isEqualTo(Math.round(100.0 * agreeing / 46) + " %");
        assertThat(evaluation.get("agreements").toString())
                .contains("Invitar a la Agencia Pública de Empleo a la próxima jornada de Suba (planeada)");

        String page = mvc.perform(get("/fairs/" + fair).with(httpBasic("local.suba", PW))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("La comunidad en la jornada", "Diálogo ciudadano: la jornada Barrios con Bienestar",
                "Evaluación de la jornada Barrios con Bienestar de Suba", "Respuestas", "46",
                "Stand de afiliación en salud y Sisbén en la jornada de Suba (hecha)");

        byte[] xlsx = mvc.perform(get("/fairs/" + fair + "/results.xlsx").with(httpBasic("local.suba", PW)))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : wb.getSheetAt(0)) {
                StringBuilder line = new StringBuilder();
                r.forEach(c -> line.append(c.toString()).append('|'));
                rows.add(line.toString());
            }
        }
        assertThat(rows).anyMatch(r -> r.startsWith("Comunidad (evaluación)|Evaluación de la jornada Barrios con "
                + "Bienestar de Suba · Respuestas|46|"));
        assertThat(rows).anyMatch(r -> r.startsWith("Comunidad (planeación)|") && r.contains("· Acuerdo|"));
        byte[] pdf = mvc.perform(get("/fairs/" + fair + "/report.pdf").with(httpBasic("local.suba", PW)))
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains(
                    "La comunidad en la jornada", "Evaluación de la jornada Barrios con Bienestar de Suba");
        }
    }

    @Test
    void aPlannerLinksASurveyFromThePickerOnceAndUnlinksItAndBadInputIsNamed() throws Exception {
        long fair = subaFair();
        String choices = mvc.perform(get("/choices/fair-community-inputs").param("q", "evaluación jornada suba")
                .with(httpBasic("local.suba", PW))).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-value=\"(survey:\\d+)\"").matcher(choices);
        String survey = m.find() ? m.group(1) : null;
        assertThat(choices).contains("Evaluación de la jornada Barrios con Bienestar de Suba", "Encuesta");
        assertThat(survey).isNotNull();

        JsonNode bad = call(post("/api/v1/fairs/" + fair + "/community-inputs"), "local.suba",
                Map.of("role", "antes", "record", "un espacio que no existe"), 400);
        assertThat(bad.toString()).contains("\"field\":\"role\"", "\"field\":\"record\"");

        JsonNode linked = call(post("/api/v1/fairs/" + fair + "/community-inputs"), "local.suba",
                Map.of("role", "planeación", "record", survey), 201);
        assertThat(linked).hasSize(3);
        assertThat(call(post("/api/v1/fairs/" + fair + "/community-inputs"), "local.suba",
                Map.of("role", "PLANNING", "record", survey), 201)).hasSize(3);
        long added = 0;
        for (JsonNode i : linked) {
            if (i.get("role").asText().equals("PLANNING") && i.get("kind").asText().equals("survey")) {
                added = i.get("id").asLong();
            }
        }
        // a user of another territory does not see the fair at all; entity staff plan nothing
        call(post("/api/v1/fairs/" + fair + "/community-inputs"), "cucuta",
                Map.of("role", "PLANNING", "record", survey), 404);
        call(delete("/api/v1/fairs/" + fair + "/community-inputs/" + added), "local.suba", null, 204);
        assertThat(call(get("/api/v1/fairs/" + fair + "/community-inputs"), "local.suba", null, 200)).hasSize(2);
    }
}
