package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Spreadsheets as Colombian and Chilean offices use them (issue 18): one CSV dialect ({@code ;}, UTF-8 with BOM,
 * decimal comma), codes kept as text in XLSX so {@code 05601} survives an export and its re-import, numbers and
 * dates as typed cells.
 */
@MingaTest
class SpreadsheetStandardsTests {

    static final String PW = "minga2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    byte[] download(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, PW))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    static List<Row> rows(byte[] xlsx) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            sheet.forEach(rows::add);
        }
        return rows;
    }

    @Test
    void aCodeWithALeadingZeroSurvivesAnXlsxExportAndItsReimport() throws Exception {
        if (jdbc.sql("select count(*) from actor a join jurisdiction j on j.id = a.jurisdiction_id"
                + " where j.code = '54001' and a.code = '05601'").query(Long.class).single() == 0) {
            mvc.perform(post("/api/v1/actors").with(httpBasic("cucuta", PW)).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(Map.of("jurisdiction", "54001", "code", "05601", "name",
                            "Fundación Cero a la Izquierda", "type", "ONG", "sectors", List.of("educación"),
                            "territories", List.of("C09"), "parent", ""))))
                    .andExpect(status().isCreated());
        }
        byte[] xlsx = download("/api/v1/actors/export?jurisdiction=54001&format=xlsx", "cucuta");
        Cell code = rows(xlsx).stream().map(r -> r.getCell(0)).filter(c -> c != null
                && c.getCellType() == CellType.STRING && c.getStringCellValue().endsWith("5601")).findFirst()
                .orElseThrow();
        assertThat(code.getCellType()).isEqualTo(CellType.STRING);
        assertThat(code.getStringCellValue()).isEqualTo("05601");

        JsonNode job = json.readTree(mvc.perform(multipart("/api/v1/imports")
                .file(new MockMultipartFile("file", "actores.xlsx", TableExport.XLSX_TYPE, xlsx))
                .param("type", "actors").param("jurisdiction", "54001").with(httpBasic("cucuta", PW)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!job.get("finished").asBoolean()) {
            assertThat(System.nanoTime()).as("the import ends").isLessThan(deadline);
            Thread.sleep(200);
            job = json.readTree(download("/api/v1/imports/" + job.get("id").asLong(), "cucuta"));
        }
        assertThat(job.path("errorCount").asInt()).as("the export imports back: " + job.path("errors")).isZero();
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(jdbc.sql("select a.code from actor a join jurisdiction j on j.id = a.jurisdiction_id"
                + " where j.code = '54001' and a.code in ('05601', '5601')").query(String.class).list())
                        .containsExactly("05601");
    }

    @Test
    void numbersAndDatesAreTypedCellsAndTheCsvIsOneDialect() throws Exception {
        byte[] xlsx = TableExport.xlsx(List.of("codigo", "valor", "fecha", "hora"), List.of(
                Arrays.asList("05601", new BigDecimal("12.5"), LocalDate.of(2026, 3, 14),
                        LocalDateTime.of(2026, 3, 14, 9, 30)),
                Arrays.asList("-12", 42L, null, null)));
        Row first = rows(xlsx).get(1);
        assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo("05601");
        assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(12.5);
        assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
        assertThat(first.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 14, 0, 0));
        assertThat(first.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 14, 9, 30));
        assertThat(rows(xlsx).get(2).getCell(0).getCellType()).as("a code that looks like a number stays text")
                .isEqualTo(CellType.STRING);

        String csv = new String(TableExport.csv(List.of("codigo", "valor", "fecha"),
                List.of(Arrays.asList("05601", new BigDecimal("12.50"), LocalDate.of(2026, 3, 14)))),
                StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\ufeffcodigo;valor;fecha\r\n05601;12,5;2026-03-14\r\n");
    }

    @Test
    void theSituationRoomFairResultsAndSurveysExportNumbersAsNumbers() throws Exception {
        long district = jdbc.sql("select t.id from territory t join jurisdiction j on j.id = t.jurisdiction_id"
                + " where j.code = '11001' and t.parent_id is null").query(Long.class).single();
        List<Row> room = rows(download("/dashboard/export?territory=" + district + "&format=xlsx", "distrito"));
        assertThat(room.get(0).getCell(3).getStringCellValue()).isEqualTo("valor");
        assertThat(room.subList(1, room.size())).filteredOn(r -> r.getCell(3) != null)
                .isNotEmpty().allSatisfy(r -> assertThat(r.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC));
        String roomCsv = new String(download("/dashboard/export?territory=" + district + "&format=csv", "distrito"),
                StandardCharsets.UTF_8);
        assertThat(roomCsv).startsWith("\ufeffterritorio;tipo;indicador;valor;unidad;periodo\r\n");

        long fair = jdbc.sql("select id from fair where jurisdiction_id = (select id from jurisdiction where code ="
                + " '54001') order by id limit 1").query(Long.class).single();
        List<Row> results = rows(download("/fairs/" + fair + "/results.xlsx", "cucuta"));
        assertThat(results.get(1).getCell(4).getCellType()).as("people served").isEqualTo(CellType.NUMERIC);

        // the demo's citizen survey of San Antonio has answers
        long survey = jdbc.sql("select survey_id from survey_response order by id limit 1")
                .query(Long.class).single();
        List<Row> answers = rows(download("/api/v1/surveys/" + survey + "/export?format=xlsx", "admin"));
        assertThat(answers.get(1).getCell(0).getCellType()).as("response number").isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(answers.get(1).getCell(2))).as("answered at").isTrue();
    }

    @Test
    void anActionPlanExportsItsAmountsAsNumbersAndItsDatesAsDates() throws Exception {
        long ap = jdbc.sql("select id from action_plan where code = 'PO-BCB-2024'").query(Long.class).single();
        List<Row> rows = rows(download("/api/v1/action-plans/" + ap + "/export?format=xlsx", "cucuta"));
        assertThat(rows.get(0).getCell(14).getStringCellValue()).isEqualTo("planeado");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(r -> {
            assertThat(DateUtil.isCellDateFormatted(r.getCell(5))).as("starts on").isTrue();
            assertThat(r.getCell(14).getCellType()).as("planned").isEqualTo(CellType.NUMERIC);
        });
        String csv = new String(download("/api/v1/action-plans/" + ap + "/export?format=csv", "cucuta"),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\ufeffmeta;codigo_accion;accion;");
    }
}
