package org.minga.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.dashboard.internal.BeforeAfterReport;
import org.minga.dashboard.internal.BeforeAfterReports;
import org.minga.planning.IndicatorSource;
import org.minga.planning.IndicatorSourcesSql;
import org.minga.platform.CurrentUser;
import org.minga.platform.Role;
import org.minga.territory.IndexComparisons;
import org.minga.territory.RunComparison;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The before/after report on Bogotá's two demo runs (2024 and 2026): the index part is the comparison of the runs,
 * each intervention and the families' situation per localidad equal the same figure counted on its own, and the
 * report is exported as XLSX and PDF.
 */
@MingaTest
class BeforeAfterReportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BeforeAfterReports reports;
    @Autowired
    IndexComparisons comparisons;
    @Autowired
    Territories territories;
    @Autowired
    List<IndicatorSource> sources;

    static final CurrentUser DISTRICT = new CurrentUser(0, "distrito", "Distrito", Role.DISTRICT, null, null);

    List<Long> demoRuns() {
        return jdbc.sql("""
                select id from prioritization_run where name in ('Priorización demostrativa 2024',
                  'Priorización demostrativa 2026') order by year""").query(Long.class).list();
    }

    CurrentUser district() {
        long j = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single();
        return new CurrentUser(DISTRICT.id(), DISTRICT.username(), DISTRICT.fullName(), Role.DISTRICT, j, null);
    }

    @Test
    void eachFigureOfTheReportEqualsTheSameFigureCountedOnItsOwn() {
        List<Long> runs = demoRuns();
        assertThat(runs).hasSize(2);
        BeforeAfterReport r = reports.report(runs, district());
        RunComparison alone = comparisons.compare(runs, district());
        assertThat(r.rows()).extracting(BeforeAfterReport.TerritoryRow::index).isEqualTo(alone.rows());
        assertThat(r.rows()).hasSize(20);
        assertThat(r.interventions()).extracting(BeforeAfterReport.Measure::key).containsExactly("fair.held",
                "referral.started", "planning.actions-reached", "governance.demonstration-exercises",
                "training.people-trained");
        assertThat(r.situation()).extracting(BeforeAfterReport.Measure::key)
                .containsExactly("household.open-alerts", "household.characterised");
        assertThat(r.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(r.before()).isEqualTo(LocalDate.of(2024, 12, 31));
        long j = district().jurisdictionId();
        double reached = 0;
        for (BeforeAfterReport.TerritoryRow row : r.rows()) {
            TerritoryView t = territories.byId(row.index().territoryId()).orElseThrow();
            for (int k = 0; k < r.interventions().size(); k++) {
                double expected = independently(r.interventions().get(k).key(), j, t.path(), r.from(), r.after());
                assertThat(row.interventions().get(k)).as(r.interventions().get(k).key() + " in " + t.name())
                        .isCloseTo(expected, within(1e-6));
                reached += expected;
            }
            for (int k = 0; k < r.situation().size(); k++) {
                String key = r.situation().get(k).key();
                assertThat(row.before().get(k)).as(key + " before in " + t.name())
                        .isCloseTo(independently(key, j, t.path(), r.from(), r.before()), within(1e-6));
                assertThat(row.after().get(k)).as(key + " after in " + t.name())
                        .isCloseTo(independently(key, j, t.path(), r.from(), r.after()), within(1e-6));
            }
        }
        assertThat(reached).as("the demo's interventions reach some localidad").isPositive();
    }

    /** The figure by hand where the test suite has it, else the module's own source asked for one territory. */
    double independently(String key, long j, String path, LocalDate from, LocalDate to) {
        String sql = IndicatorSourcesSql.BY_HAND.get(key);
        if (sql != null) {
            Number n = jdbc.sql(sql).param("j", j).param("prefix", path + "%").param("path", path)
                    .param("from", from).param("to", to).query(Number.class).optional().orElse(null);
            return n == null ? 0 : n.doubleValue();
        }
        IndicatorSource s = sources.stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        Map<String, Double> v = s.values(j, List.of(path), from, to);
        return v.getOrDefault(path, 0.0);
    }

    @Test
    void theReportIsAPageAnApiAndExportsAsXlsxAndPdf() throws Exception {
        List<Long> runs = demoRuns();
        String query = "?runs=" + runs.get(0) + "&runs=" + runs.get(1);
        mvc.perform(get("/dashboard/before-after" + query).with(httpBasic("distrito", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ciudad Bolívar")))
                .andExpect(content().string(Matchers.containsString("Jornadas")))
                .andExpect(content().string(Matchers.containsString("format=pdf")));
        mvc.perform(get("/api/v1/dashboard/before-after" + query).with(httpBasic("distrito", "minga2026")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.comparison.runs[0].year").value(2024))
                .andExpect(jsonPath("$.rows.length()").value(20))
                .andExpect(jsonPath("$.interventions[0].key").value("fair.held"));
        byte[] xlsx = mvc.perform(get("/dashboard/before-after/export" + query + "&format=xlsx")
                .with(httpBasic("distrito", "minga2026"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        Matchers.containsString("antes-y-despues-2024-2026.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Row head = sheet.getRow(0);
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo("Puesto 2024");
            assertThat(head.getCell(5).getStringCellValue()).isEqualTo("Puntaje 2026");
            assertThat(sheet.getLastRowNum()).isEqualTo(20);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isPositive();
        }
        byte[] pdf = mvc.perform(get("/dashboard/before-after/export" + query + "&format=pdf")
                .with(httpBasic("distrito", "minga2026"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Antes y después · Priorización demostrativa 2024").contains("Sumapaz")
                    .contains("Intervenciones del 2024-01-01");
        }
        mvc.perform(get("/api/v1/dashboard/before-after?runs=" + runs.get(0)).with(httpBasic("distrito",
                "minga2026"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("al menos dos")));
        mvc.perform(get("/dashboard/before-after/export" + query + "&format=doc")
                .with(httpBasic("distrito", "minga2026"))).andExpect(status().isBadRequest());
    }
}
