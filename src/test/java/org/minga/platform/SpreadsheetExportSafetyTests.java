package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.minga.MingaTest;

/**
 * Every CSV and XLSX export, opened after a user stored {@code =HYPERLINK("http://x","y")}: the cell reads as
 * text, never as a formula (OWASP CSV injection). In CSV the cell starts with a single quote; in XLSX it is a
 * text cell marked "quote prefixed", as Excel stores a cell typed with a leading apostrophe.
 */
@MingaTest
class SpreadsheetExportSafetyTests {

    static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
    static final String PW = "minga2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    JsonNode send(String method, String url, String user, Object body, int expected) throws Exception {
        var builder = method.equals("PUT") ? put(url) : post(url);
        return json.readTree(mvc.perform(builder.with(httpBasic(user, PW)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString());
    }

    byte[] download(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, PW))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    /** The CSV export's row that holds {@code key}, as the cells a spreadsheet would get. */
    static List<String> csvRow(byte[] csv, char delimiter, String key) throws Exception {
        try (CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                        StandardCharsets.UTF_8))) {
            for (CSVRecord r : p) {
                if (r.toList().stream().anyMatch(c -> c.contains(key))) {
                    return r.toList();
                }
            }
        }
        throw new AssertionError("no row with " + key);
    }

    static List<Cell> xlsxRow(byte[] xlsx, String key) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                List<Cell> cells = new ArrayList<>();
                row.forEach(cells::add);
                if (cells.stream()
                        .anyMatch(c -> c.getCellType() == CellType.STRING && c.getStringCellValue().contains(key))) {
                    return cells;
                }
            }
        }
        throw new AssertionError("no row with " + key);
    }

    /** The formula reads as text in both formats: quoted in CSV, a quote-prefixed text cell in XLSX. */
    void assertNeutralised(String url, String user, String key) throws Exception {
        String sep = url.contains("?") ? "&" : "?";
        List<String> csv = csvRow(download(url + sep + "format=csv", user), ';', key);
        assertThat(csv).as(url + " csv").contains("'" + FORMULA).doesNotContain(FORMULA);
        List<Cell> xlsx = xlsxRow(download(url + sep + "format=xlsx", user), key);
        Cell cell = xlsx.stream()
                .filter(c -> c.getCellType() == CellType.STRING && c.getStringCellValue().equals(FORMULA))
                .findFirst().orElseThrow(() -> new AssertionError(url + " xlsx: no text cell with the formula's text"));
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as(url + " xlsx quote prefix").isTrue();
        assertThat(xlsx).noneMatch(c -> c.getCellType() == CellType.FORMULA);
    }

    @Test
    void actorsAlliancesAndServicesExportFormulasAsText() throws Exception {
        String actor = unique("ONG");
        send("POST", "/api/v1/actors", "cucuta", Map.of("jurisdiction", "54001", "code", actor, "name", FORMULA,
                "type", "ONG", "sectors", List.of("educación"), "territories", List.of("C09"), "parent", ""), 201);
        assertNeutralised("/api/v1/actors/export?jurisdiction=54001", "cucuta", actor);

        String alliance = unique("AL");
        send("POST", "/api/v1/alliances", "cucuta", Map.of("jurisdiction", "54001", "code", alliance, "name", FORMULA,
                "purpose", "Probar", "scope", "externa", "startDate", "2025-01-01", "endDate", "2025-12-31",
                "members", List.of(Map.of("actor", "VEOLIA-CUC", "contribution", "perifoneo"),
                        Map.of("actor", "CONFAORIENTA", "contribution", "refrigerios"))),
                201);
        assertNeutralised("/api/v1/alliances/export?jurisdiction=54001", "cucuta", alliance);

        String service = unique("SRV");
        long serviceId = send("POST", "/api/v1/services", "cucuta", Map.of("jurisdiction", "54001", "code", service,
                "provider", actor, "name", FORMULA, "description", "Descripción.", "sector", "bienestar social",
                "territories", List.of("C09"), "channels", List.of("presencial"),
                // a place, as every directory service has one (its name sorts first in Cúcuta's HSDS list)
                "locations", List.of(Map.of("name", "Salón comunal", "territory", "B-C09-01"))), 201).get("id")
                        .asLong();
        assertNeutralised("/api/v1/services/export?jurisdiction=54001", "cucuta", service);

        // a fair's results (XLSX only): the service and its entity are named by users
        long actorId = jdbc.sql("select id from actor where code = :c").param("c", actor).query(Long.class).single();
        long laguna = jdbc.sql("select t.id from territory t join jurisdiction j on j.id = t.jurisdiction_id "
                + "where j.code = '54001' and t.code = 'B-C09-01'").query(Long.class).single();
        long fair = send("POST", "/api/v1/fairs", "cucuta", Map.of("jurisdiction", "54001", "code", unique("T"),
                "name", "Jornada", "territoryId", laguna, "date", "2026-03-14", "startsAt", "07:00", "endsAt", "13:00",
                "site", "Cancha", "status", "CONFIRMADA"), 201).get("id").asLong();
        send("POST", "/api/v1/fairs/" + fair + "/participants", "cucuta", Map.of("actorId", actorId, "kind", "ENTIDAD",
                "stand", "1"), 201);
        send("POST", "/api/v1/fairs/" + fair + "/services", "cucuta",
                Map.of("serviceId", serviceId, "actorId", actorId), 201);
        Map<String, Object> person = new java.util.HashMap<>(Map.of("uuid", UUID.randomUUID().toString(),
                "actorId", actorId, "serviceIds", List.of(serviceId), "documentType", "CC",
                "documentNumber", String.valueOf(1_000_000_000L + (long) (Math.random() * 1_000_000_000L)),
                "firstName", "Rosa", "lastName", "Contreras", "birthDate", "1950-02-11", "sex", "F"));
        person.putAll(Map.of("populationGroups", "persona mayor", "authorized", true, "satisfaction", 5));
        send("POST", "/api/v1/fairs/" + fair + "/attendances", "cucuta", person, 201);
        byte[] results = download("/fairs/" + fair + "/results.xlsx", "cucuta");
        List<Cell> row = xlsxRow(results, "HYPERLINK");
        Cell cell = row.stream().filter(c -> c.getStringCellValue().equals(FORMULA)).findFirst().orElseThrow();
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void socialAssetsExportFormulasAsText() throws Exception {
        String asset = unique("AS");
        send("POST", "/api/v1/social-assets", "distrito",
                Map.of("jurisdiction", "11001", "code", asset, "name", FORMULA,
                        "kind", "lugar", "nature", "comunitario", "latitude", 4.7505, "longitude", -74.0712),
                201);
        assertNeutralised("/api/v1/social-assets/export?jurisdiction=11001", "distrito", asset);
    }

    @Test
    void anonymousSurveyAnswersExportFormulasAsText() throws Exception {
        JsonNode survey = send("POST", "/api/v1/surveys", "local.suba", Map.of("title", "Encuesta " + UUID.randomUUID(),
                "process", "Encuesta de prueba", "territoryCode", "11", "anonymous", true,
                "questions", List.of(Map.of("key", "comentario", "type", "TEXT", "text", "Comentarios"),
                        Map.of("key", "marca", "type", "TEXT", "text", "Marca"))),
                201);
        long id = survey.get("id").asLong();
        send("PUT", "/api/v1/surveys/" + id + "/status", "local.suba", Map.of("status", "OPEN"), 200);
        String mark = unique("M");
        send("POST", "/api/v1/surveys/" + id + "/responses", "local.suba", Map.of("uuid", UUID.randomUUID().toString(),
                "answers", Map.of("comentario", FORMULA, "marca", mark)), 201);
        assertNeutralised("/api/v1/surveys/" + id + "/export", "local.suba", mark);
    }

    @Test
    void theImportErrorReportShowsFormulasAsText() throws Exception {
        String code = unique("X");
        byte[] file = ("codigo;nombre;" + FORMULA.replace("\"", "\"\"").transform(s -> "\"" + s + "\"") + "\n" + code
                + ";Uno;x\n")
                        .getBytes(StandardCharsets.UTF_8);
        JsonNode started = json.readTree(mvc.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", "actores.csv", "text/csv", file))
                .param("type", "actors").param("jurisdiction", "54001").with(httpBasic("cucuta", PW)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        long job = started.get("id").asLong();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!json.readTree(download("/api/v1/imports/" + job, "cucuta")).get("finished").asBoolean()) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(100);
        }
        byte[] errors = download("/api/v1/imports/" + job + "/errors.csv", "cucuta");
        List<String> row = csvRow(errors, ';', "HYPERLINK");
        assertThat(row).contains("'" + FORMULA);
        assertThat(row).noneMatch(TableExport::looksLikeFormula);
    }

    @Test
    void theSituationRoomExportsATerritoryNamedLikeAFormulaAsText() throws Exception {
        long j = jdbc.sql("select id from jurisdiction where code = '05601'").query(Long.class).single();
        long root = jdbc.sql("select id from territory where jurisdiction_id = :j and parent_id is null").param("j", j)
                .query(Long.class).single();
        String code = unique("UV");
        JsonNode t = send("POST", "/api/v1/territories", "admin",
                Map.of("jurisdictionId", j, "levelCode", "unidad_vecinal",
                        "parentId", root, "code", code, "name", FORMULA, "areaType", "URBAN"),
                201);
        String url = "/dashboard/export?territory=" + t.get("id").asLong();
        List<String> csv = csvRow(download(url + "&format=csv", "admin"), ';', "HYPERLINK");
        assertThat(csv.get(0)).isEqualTo("'" + FORMULA);
        List<Cell> xlsx = xlsxRow(download(url + "&format=xlsx", "admin"), "HYPERLINK");
        assertThat(xlsx.get(0).getStringCellValue()).isEqualTo(FORMULA);
        assertThat(xlsx.get(0).getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void realNumbersStayNumbersAndEveryFormulaStartIsNeutralised() {
        for (String number : List.of("-12", "-12,5", "+57", "-1.5e3", "42")) {
            assertThat(TableExport.cellText(number)).isEqualTo(number);
        }
        for (String formula : List.of("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "-", "=HYPERLINK(\"x\")")) {
            assertThat(TableExport.cellText(formula)).isEqualTo("'" + formula);
        }
        assertThat(TableExport.cellText("Bogotá")).isEqualTo("Bogotá");
        assertThat(TableExport.cellText(null)).isEmpty();
    }
}
