package org.minga.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Citizen participation: closing the loop, offline surveys arriving once, exports that round-trip, and isolation. */
@MingaTest
class ParticipationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<org.minga.practice.EvidenceSource> evidenceSources;

    JsonNode read(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode send(String method, String url, String user, Object body, int expected) throws Exception {
        var req = (method.equals("PUT") ? put(url) : post(url)).with(httpBasic(user, "minga2026"))
                .contentType("application/json")
                .content(json.writeValueAsString(body));
        return read(mvc.perform(req).andExpect(status().is(expected)));
    }

    long space(String user, String territory, String title) throws Exception {
        return send("POST", "/api/v1/spaces", user,
                Map.of("kind", "DIALOGUE", "title", title, "process", "Diálogos de prueba",
                        "territoryCode", territory, "servicePoint", "SuperCADE " + title, "heldOn", "2025-03-04",
                        "durationMinutes", 180,
                        "participationLevel", "consultivo", "organiserName", "Responsable de punto",
                        "countedAttendance", 22),
                201).get("id").asLong();
    }

    @Test
    void aContributionTurnedIntoADoneActionAppearsInTheDevolutionOfItsSpace() throws Exception {
        long spaceId = space("local.suba", "11", "Diálogo cierre " + UUID.randomUUID());
        long c = send("POST", "/api/v1/contributions", "local.suba", Map.of("spaceId", spaceId, "kind", "SUGGESTION",
                "text", "Que se pueda pedir turno por aplicación", "theme", "Turnos", "stage",
                "asignación de turno o cita"), 201).get("id").asLong();
        long twin = send("POST", "/api/v1/contributions", "local.suba", Map.of("spaceId", spaceId, "kind", "COMPLAINT",
                "text", "Hay que madrugar para conseguir turno"), 201).get("id").asLong();
        send("POST", "/api/v1/contributions/" + twin + "/group", "local.suba", Map.of("intoId", c), 200);
        JsonNode linked = send("POST", "/api/v1/contributions/" + c + "/action", "local.suba", Map.of("action", Map.of(
                "title", "Turnos por aplicación en el SuperCADE", "owner", "Subsecretaría de Servicio a la Ciudadanía",
                "dueOn", "2025-12-31")), 200);
        long actionId = linked.get("actionId").asLong();
        // the grouped contribution shares the action
        assertThat(read(mvc.perform(get("/api/v1/contributions/" + twin).with(httpBasic("local.suba", "minga2026"))))
                .get("actionId").asLong())
                        .isEqualTo(actionId);

        JsonNode action = read(
                mvc.perform(get("/api/v1/improvement-actions/" + actionId).with(httpBasic("local.suba", "minga2026"))));
        JsonNode refused = send("PUT", "/api/v1/improvement-actions/" + actionId, "local.suba",
                Map.of("status", "DONE", "version", action.get("version").asInt()), 400);
        assertThat(refused.get("errors").toString()).contains("cuente qué se hizo");
        send("PUT", "/api/v1/improvement-actions/" + actionId, "local.suba", Map.of("status", "DONE",
                "result", "Desde junio el turno se pide por la app Bogotá te escucha", "version",
                action.get("version").asInt()), 200);
        // a stale version is refused, not overwritten
        send("PUT", "/api/v1/improvement-actions/" + actionId, "local.suba", Map.of("status", "IN_PROGRESS",
                "version", action.get("version").asInt()), 409);

        JsonNode devolution = read(
                mvc.perform(get("/api/v1/spaces/" + spaceId + "/devolution").with(httpBasic("local.suba", "minga2026")))
                        .andExpect(status().isOk()));
        assertThat(devolution.get("lines")).hasSize(2);
        for (JsonNode line : devolution.get("lines")) {
            assertThat(line.get("actionTitle").asText()).isEqualTo("Turnos por aplicación en el SuperCADE");
            assertThat(line.get("actionStatus").asText()).isEqualTo("DONE");
        }
        JsonNode published = send("POST", "/api/v1/spaces/" + spaceId + "/devolution/publish", "local.suba",
                Map.of("text", "Gracias por participar"), 200);
        String page = mvc.perform(get("/d/" + published.get("devolutionToken").asText())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Que se pueda pedir turno por aplicación")
                .contains("Desde junio el turno se pide por la app")
                .contains("Hecha");
        mvc.perform(get("/d/" + "x".repeat(24))).andExpect(status().isNotFound());
    }

    long openSurvey(String user, String territory, List<Map<String, Object>> questions, boolean anonymous)
            throws Exception {
        JsonNode s = send("POST", "/api/v1/surveys", user,
                Map.of("title", "Encuesta " + UUID.randomUUID(), "process", "Encuesta de prueba",
                        "territoryCode", territory, "anonymous", anonymous, "questions", questions),
                201);
        send("PUT", "/api/v1/surveys/" + s.get("id").asLong() + "/status", user, Map.of("status", "OPEN"), 200);
        return s.get("id").asLong();
    }

    static final List<Map<String, Object>> QUESTIONS = List.of(
            Map.of("key", "canal", "type", "MULTIPLE", "text", "¿Cómo se enteró?", "options",
                    List.of("Correo", "Llamada", "Vecinos"),
                    "allowOther", true, "required", true),
            Map.of("key", "edad", "type", "NUMBER", "text", "Edad"),
            Map.of("key", "barrio", "type", "SINGLE", "text", "¿Dónde vive?", "options", List.of("Centro", "Llolleo"),
                    "allowOther", true),
            Map.of("key", "servicio", "type", "MATRIX", "text", "Califique", "rows", List.of("Llegada", "Espera"),
                    "options", List.of("Mal", "Regular", "Bien")),
            Map.of("key", "acuerdo", "type", "LIKERT", "text", "El municipio escucha"),
            Map.of("key", "comentario", "type", "TEXT", "text", "Comentarios"));

    @Test
    void aSurveyAnsweredOfflineInSurveyorModeArrivesOnce() throws Exception {
        long id = openSurvey("local.suba", "11", QUESTIONS, true);
        UUID uuid = UUID.randomUUID();
        Map<String, Object> body = Map.of("uuid", uuid.toString(), "answeredAt", "2025-05-01T15:00:00Z",
                "fields", Map.of("q.canal", List.of("Correo", "Otro"), "q.canal._otro", List.of("Emisora comunitaria"),
                        "q.edad", List.of("41"), "q.servicio.0", List.of("Bien")));
        JsonNode first = send("POST", "/api/v1/surveys/" + id + "/responses", "campo.suba", body, 201);
        JsonNode again = send("POST", "/api/v1/surveys/" + id + "/responses", "campo.suba", body, 200);
        assertThat(again.get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(again.get("created").asBoolean()).isFalse();
        assertThat(jdbc.sql("select count(*) from survey_response where client_uuid = :u").param("u", uuid)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from survey_answer where response_id = :r")
                .param("r", first.get("id").asLong())
                .query(Long.class).single()).isEqualTo(5);
        // a bad answer is refused with the question named
        JsonNode bad = send("POST", "/api/v1/surveys/" + id + "/responses", "campo.suba",
                Map.of("uuid", UUID.randomUUID().toString(),
                        "answers", Map.of("canal", List.of("Otro"), "edad", "cuarenta")),
                400);
        assertThat(bad.get("errors").toString()).contains("Eligió «Otro» en «¿Cómo se enteró?»")
                .contains("debe ser un número");
    }

    @Test
    void theSurveyExportRoundTripsEveryAnswerInTheDatabase() throws Exception {
        long id = openSurvey("local.suba", "11", QUESTIONS, true);
        String[][] canal = {{"Correo"}, {"Llamada", "Vecinos"}, {"Otro"}, {"Correo", "Otro"}};
        for (int i = 0; i < canal.length; i++) {
            Map<String, Object> answers = new java.util.LinkedHashMap<>();
            answers.put("canal", List.of(canal[i]));
            if (List.of(canal[i]).contains("Otro")) {
                answers.put("canal_otro", "Radio, \"La Voz\" n.º " + i);
            }
            answers.put("edad", String.valueOf(20 + i) + ",5");
            answers.put("barrio", i % 2 == 0 ? "Centro" : "Otro");
            if (i % 2 == 1) {
                answers.put("barrio_otro", "Barrancas");
            }
            answers.put("servicio", Map.of("Llegada", "Bien", "Espera", i == 0 ? "Mal" : "Regular"));
            answers.put("acuerdo", "De acuerdo");
            answers.put("comentario", "Línea uno\nlínea dos; con coma, y punto " + i);
            send("POST", "/api/v1/surveys/" + id + "/responses", "local.suba",
                    Map.of("uuid", UUID.randomUUID().toString(),
                            "answers", answers),
                    201);
        }
        byte[] csv = mvc
                .perform(get("/api/v1/surveys/" + id + "/export?format=csv").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> header;
        List<CSVRecord> records;
        try (CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                        StandardCharsets.UTF_8))) {
            header = p.getHeaderNames();
            records = p.getRecords();
        }
        assertThat(header).contains("canal: Correo", "canal: Llamada", "canal: Vecinos", "canal: Otro",
                "canal: otro (texto)",
                "servicio: Llegada", "servicio: Espera", "barrio: otro (texto)");
        List<Map<String, Object>> rows = jdbc
                .sql("""
                        select r.id, a.question_key, a.item, a.value from survey_answer a join survey_response r on r.id = a.response_id
                        where r.survey_id = :s""")
                .param("s", id).query().listOfRows();
        assertThat(rows).hasSizeGreaterThan(25);
        byte[] xlsx = mvc
                .perform(
                        get("/api/v1/surveys/" + id + "/export?format=xlsx").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> sheetRows = new ArrayList<>();
        // numbers and dates are typed cells (issue 18): read each cell as the spreadsheet shows it
        org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
                }
                sheetRows.add(cells);
            }
        }
        assertThat(sheetRows.get(0)).isEqualTo(header);
        assertThat(sheetRows).hasSize(records.size() + 1);
        for (Map<String, Object> a : rows) {
            String responseId = a.get("id").toString();
            String key = (String) a.get("question_key");
            String item = (String) a.get("item");
            String value = (String) a.get("value");
            CSVRecord rec = records.stream().filter(r -> r.get("respuesta").equals(responseId)).findFirst()
                    .orElseThrow();
            int xr = 1 + records.indexOf(rec);
            String column;
            String expected;
            if (key.equals("canal") && item.isEmpty()) {
                column = "canal: " + value;
                expected = "1";
            } else if (item.equals("_otro")) {
                column = key + ": otro (texto)";
                expected = value;
            } else if (!item.isEmpty()) {
                column = key + ": " + item;
                expected = value;
            } else {
                column = header.stream().filter(h -> h.startsWith(key + ". ")).findFirst().orElseThrow();
                expected = value;
            }
            assertThat(rec.get(column)).as(column + " of response " + responseId).isEqualTo(expected);
            assertThat(sheetRows.get(xr).get(header.indexOf(column))).as("XLSX " + column).isEqualTo(expected);
        }
        // an option not chosen reads 0, so every option column is readable
        CSVRecord first = records.get(0);
        assertThat(first.get("canal: Correo")).isEqualTo("1");
        assertThat(first.get("canal: Vecinos")).isEqualTo("0");
        assertThat(first.get("edad. Edad")).isEqualTo("20.5");
    }

    @Test
    void surveyAndSpacePagesOfOneJurisdictionNeverShowAnothers() throws Exception {
        String title = "Diálogo aislado " + UUID.randomUUID();
        long spaceId = space("local.suba", "11", title);
        long surveyId = openSurvey("local.suba", "11", QUESTIONS, true);
        send("POST", "/api/v1/surveys/" + surveyId + "/responses", "local.suba",
                Map.of("uuid", UUID.randomUUID().toString(),
                        "answers", Map.of("canal", List.of("Correo"), "comentario", "secreto de Suba")),
                201);
        for (String user : List.of("cucuta", "consulta.kennedy")) {
            mvc.perform(get("/api/v1/spaces/" + spaceId).with(httpBasic(user, "minga2026")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/surveys/" + surveyId).with(httpBasic(user, "minga2026")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/surveys/" + surveyId + "/export?format=csv").with(httpBasic(user, "minga2026")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/participation/spaces/" + spaceId).with(httpBasic(user, "minga2026")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/participation/surveys/" + surveyId).with(httpBasic(user, "minga2026")))
                    .andExpect(status().isForbidden());
            String list = mvc.perform(get("/api/v1/spaces?size=500&q=aislado").with(httpBasic(user, "minga2026")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(list).doesNotContain(title);
            String overview = mvc.perform(get("/participation").with(httpBasic(user, "minga2026")))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(overview).doesNotContain(title);
            String surveys = mvc.perform(get("/api/v1/surveys?size=500").with(httpBasic(user, "minga2026")))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(surveys).doesNotContain("\"id\":" + surveyId + ",");
        }
        // the owner sees it, pages render
        String page = mvc.perform(get("/participation/spaces/" + spaceId).with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(title);
        String survey = mvc
                .perform(get("/participation/surveys/" + surveyId).with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(survey).contains("secreto de Suba");
        mvc.perform(get("/participation/surveys/" + surveyId + "/surveyor").with(httpBasic("campo.suba", "minga2026")))
                .andExpect(status().isOk());
        // the public link shows only its own survey, and answers without login
        String token = read(mvc.perform(get("/api/v1/surveys/" + surveyId).with(httpBasic("local.suba", "minga2026"))))
                .get("publicToken").asText();
        String pub = mvc.perform(get("/s/" + token)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(pub).contains("¿Cómo se enteró?").doesNotContain("secreto de Suba");
        mvc.perform(post("/s/" + token).with(csrf()).param("uuid", UUID.randomUUID().toString()).param("q.canal",
                "Vecinos"))
                .andExpect(status().isOk());
        mvc.perform(get("/s/not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void theDemoShowsSanAntoniosBeforeAndAfterAndRedCadeFiguresReachTheGoodPractice() throws Exception {
        JsonNode figures = read(
                mvc.perform(get("/api/v1/participation/figures?by=process").with(httpBasic("admin", "minga2026")))
                        .andExpect(status().isOk()));
        long before = 0;
        long after = 0;
        long responses = 0;
        for (JsonNode f : figures) {
            if (f.get("process").asText().equals("PLADECO 2014 (consultora)")) {
                before += f.get("people").asLong();
            } else if (f.get("process").asText().equals("PLADECO 2024-2030")) {
                after += f.get("people").asLong();
                responses += f.get("responses").asLong();
            }
        }
        assertThat(before).isEqualTo(263);
        assertThat(after).isEqualTo(1200);
        assertThat(responses).isBetween(200L, 600L);
        // Bogotá's users never see San Antonio's processes
        assertThat(read(mvc.perform(get("/api/v1/participation/figures").with(httpBasic("distrito", "minga2026"))))
                .toString())
                        .doesNotContain("PLADECO");

        long bogota = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single();
        org.minga.practice.EvidenceSource dialogue = evidenceSources.stream()
                .filter(e -> e.linkType().equals("dialogue")).findFirst().orElseThrow();
        org.minga.practice.EvidenceSource.Evidence ev = dialogue.figures(bogota, "redcade-2022-06").orElseThrow();
        assertThat(ev.title()).contains("SuperCADE Manitas");
        assertThat(ev.figures()).anySatisfy(f -> {
            assertThat(f.label()).isEqualTo("Participantes");
            assertThat(Long.parseLong(f.value())).isGreaterThanOrEqualTo(73);
        });
        assertThat(dialogue.figures(bogota, "no-existe")).isEmpty();
    }
}
