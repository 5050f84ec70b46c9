package org.minga.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@MingaTest
class PlanningTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSdgCatalogueHasSeventeenGoalsAndOneHundredSixtyNineTargets() {
        assertThat(jdbc.sql("select count(*) from sdg_goal").query(Long.class).single()).isEqualTo(17);
        assertThat(jdbc.sql("select count(*) from sdg_target").query(Long.class).single()).isEqualTo(169);
        assertThat(jdbc.sql("select text from sdg_target where code = '1.1'").query(String.class).single())
                .startsWith("De aquí a 2030, erradicar para todas las personas y en todo el mundo la pobreza extrema");
    }

    @Test
    void sanAntonioPladecoShowsTheFourBeforeAfterIndicators() throws Exception {
        long plan = jdbc.sql("select id from plan where code = 'PLADECO-2024'").query(Long.class).single();
        mvc.perform(get("/planning/plans/" + plan).with(httpBasic("admin", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Direcciones municipales participantes en el PLADECO")))
                .andExpect(content().string(containsString("Costo de la actualización del PLADECO")))
                .andExpect(content().string(containsString("Menor es mejor")))
                .andExpect(content().string(containsString("16.7")))
                .andExpect(content().string(containsString("2024-01-01 – 2030-12-31")))
                // the budget of 10,000,000 is not written in scientific notation ("1.0E7"); the page's random CSRF
                // token may hold the letters "E7", so the check is on a number's shape
                .andExpect(content().string(not(matchesPattern("(?s).*\\d\\.\\d+E7.*"))));
        mvc.perform(get("/api/v1/plans/" + plan).with(httpBasic("admin", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators.length()").value(4))
                .andExpect(jsonPath("$.nodes[0].budgetPlanned").value(10000000));
        long cost = jdbc.sql("select id from indicator where code = 'SA-COSTO'").query(Long.class).single();
        mvc.perform(get("/api/v1/indicators/" + cost + "/values").with(httpBasic("admin", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].period").value("2024"))
                .andExpect(jsonPath("$[0].value").value(5000000.0));
    }

    @Test
    void aLowerIsBetterIndicatorGetsItsTrafficLightFromTheFall() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        long j = jdbc.sql("select id from jurisdiction where code = '05601'").query(Long.class).single();
        long t = jdbc.sql("select id from territory where jurisdiction_id = :j and code = '05601'").param("j", j)
                .query(Long.class).single();
        String body = mvc
                .perform(post("/api/v1/indicators").param("jurisdiction", String.valueOf(j)).with(csrf())
                        .with(httpBasic("admin", "minga2026"))
                        .contentType(MediaType.APPLICATION_JSON).content(
                                """
                                        {"code": "%s", "name": "Tiempo de espera", "definition": "Días de espera", "unit": "días",
                                         "direction": "LOWER_IS_BETTER", "periodicity": "ANUAL", "baselineValue": 30, "baselineOn": "2024-12-31"}"""
                                        .formatted(code)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        mvc.perform(put("/api/v1/indicators/" + id + "/targets").with(csrf()).with(httpBasic("admin", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"period\": \"2026\", \"value\": 10}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/indicators/" + id + "/values").with(csrf()).with(httpBasic("admin", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\": \"2026\", \"territoryId\": " + t + ", \"value\": 12}"))
                .andExpect(status().isOk());
        // planned fall 30 → 10, actual 30 → 12: 18 of 20 = 90 %, green
        mvc.perform(get("/api/v1/indicators/" + id).param("territory", String.valueOf(t))
                .with(httpBasic("admin", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.progress.progress.percent").value(90.0))
                .andExpect(jsonPath("$.progress.progress.light").value("VERDE"));
        // the waiting time goes up instead: red
        mvc.perform(put("/api/v1/indicators/" + id + "/values").with(csrf()).with(httpBasic("admin", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\": \"2026\", \"territoryId\": " + t + ", \"value\": 35}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/indicators/" + id).param("territory", String.valueOf(t))
                .with(httpBasic("admin", "minga2026")))
                .andExpect(jsonPath("$.progress.progress.percent").value(0.0))
                .andExpect(jsonPath("$.progress.progress.light").value("ROJO"));
        // a stale version is refused, not overwritten
        mvc.perform(put("/api/v1/indicators/" + id + "/values").with(csrf()).with(httpBasic("admin", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\": \"2026\", \"territoryId\": " + t + ", \"value\": 20, \"version\": 0}"))
                .andExpect(status().isConflict());
        // bad input: a Spanish message naming the field
        mvc.perform(put("/api/v1/indicators/" + id + "/values").with(csrf()).with(httpBasic("admin", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"period\": \"2026-13\", \"territoryId\": " + t + ", \"value\": 20}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("no es válido")));
    }

    @Test
    void indicatorValuesExportAsAdxThatValidatesAndAsDhis2DataValueSets() throws Exception {
        // San Antonio sends to a DHIS2 whose codes are Minga's: its data set, and codes for everything else
        mvc.perform(put("/api/v1/dhis2/mappings/05601").with(httpBasic("admin", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"dataSet\": \"PDM-SA\", \"idScheme\": \"CODE\"}"))
                .andExpect(status().isOk());
        String adx = mvc.perform(get("/api/v1/indicators/export/adx?jurisdiction=05601")
                .with(httpBasic("admin", "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(adx).contains("dataElement=\"SA-DIR\"").contains("value=\"16\"")
                .contains("period=\"2024-01-01/P1Y\"").contains("dataSet=\"PDM-SA\"")
                .contains("urn:ihe:qrph:adx:2015");
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/adx-2015/adx_loose.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(adx)));

        mvc.perform(get("/api/v1/indicators/export/dhis2?jurisdiction=05601").with(httpBasic("admin", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dataSet").value("PDM-SA"))
                .andExpect(jsonPath("$.idScheme").value("CODE"))
                .andExpect(jsonPath("$.dataValues[?(@.dataElement == 'SA-PART' && @.period == '2024')].value")
                        .value("1200"))
                .andExpect(jsonPath("$.dataValues[?(@.dataElement == 'SA-PART')].orgUnit").value("05601"));
    }

    @Test
    void anIndicatorSheetShowsTheForecastAsAnEstimateWithItsMethod() throws Exception {
        long poverty = jdbc.sql("select id from indicator where code = 'BOG-IPM'").query(Long.class).single();
        mvc.perform(get("/planning/indicators/" + poverty).with(httpBasic("distrito", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pronóstico (estimación)")))
                .andExpect(content().string(containsString("Tendencia lineal por mínimos cuadrados")))
                .andExpect(content().string(containsString("2026")))
                .andExpect(content().string(containsString("Cifras de demostración")));
    }

    @Test
    void aPlanNeedsItsFieldsAndReadOnlyUsersCannotCreateOne() throws Exception {
        mvc.perform(post("/api/v1/plans").with(csrf()).with(httpBasic("distrito", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Sin código\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("Indique el código."));
        mvc.perform(post("/api/v1/plans").with(csrf()).with(httpBasic("consulta.kennedy", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"X\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/planning").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Plan Distrital de Desarrollo")));
    }

    @Autowired
    org.minga.platform.Imports imports;
    @Autowired
    org.minga.platform.Jurisdictions jurisdictions;

    @Test
    void enteredIndicatorValuesImportAllOrNothing() {
        var j = jurisdictions.byCode("11001").orElseThrow();
        var admin = new org.minga.platform.CurrentUser(0, "admin", "Admin", org.minga.platform.Role.ADMINISTRATOR, null,
                null);
        var ctx = new org.minga.platform.ImportContext(admin, j, n -> {
        });
        byte[] bad = "codigo_indicador,periodo,codigo_territorio,valor\nBOG-IPM,2026,11,7\nBOG-HOG-CAR,2026,11,5\nBOG-IPM,2026-13,08,x\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions
                .assertThatThrownBy(() -> imports.importNow("indicator-values", "v.csv", bad, ctx))
                .isInstanceOf(org.minga.platform.ImportRejectedException.class)
                .satisfies(e -> assertThat(((org.minga.platform.ImportRejectedException) e).errors())
                        .extracting(org.minga.platform.ImportError::message)
                        .anySatisfy(m -> assertThat(m).contains("se calcula con los datos de Minga"))
                        .anySatisfy(m -> assertThat(m).contains("no es válido"))
                        .anySatisfy(m -> assertThat(m).contains("no es un número")));
        assertThat(jdbc.sql(
                "select count(*) from indicator_value v join indicator i on i.id = v.indicator_id where i.code = 'BOG-IPM' and v.period = '2026'")
                .query(Long.class).single()).isZero();
        byte[] good = "codigo_indicador,periodo,codigo_territorio,valor,nota\nBOG-IPM,2026,11,\"7,5\",Encuesta\nBOG-IPM,2026,08,9\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(imports.importNow("indicator-values", "v.csv", good, ctx)).isEqualTo(2);
        assertThat(jdbc.sql(
                "select v.value from indicator_value v join indicator i on i.id = v.indicator_id join territory t on t.id = v.territory_id "
                        + "where i.code = 'BOG-IPM' and v.period = '2026' and t.code = '11' and t.jurisdiction_id = :j")
                .param("j", j.id())
                .query(Double.class).single()).isEqualTo(7.5);
    }
    /**
     * Issue 26: a computed indicator's sheet asks its source for its eight quarters at once (one query, not one per
     * quarter, and once for the series and the before/after): every quarter shows the direct count of that quarter,
     * written independently in {@link IndicatorSourcesSql}, and the before/after ends on the last one.
     */
    @Test
    void aComputedIndicatorsSheetShowsTheDirectCountOfEachOfItsQuarters() throws Exception {
        long j = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single();
        String root = jdbc.sql("select path from territory where jurisdiction_id = :j and parent_id is null")
                .param("j", j).query(String.class).single();
        java.time.LocalDate today = org.minga.platform.Times.todayHere();
        for (String code : java.util.List.of("BOG-HOG-CAR", "BOG-REM-CR")) {
            var i = jdbc.sql("select id, computed_key from indicator where jurisdiction_id = :j and code = :c")
                    .param("j", j).param("c", code).query((rs, n) -> java.util.Map.entry(rs.getLong(1),
                            rs.getString(2)))
                    .single();
            String body = mvc.perform(get("/api/v1/indicators/" + i.getKey()).with(httpBasic("distrito", "minga2026")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            var sheet = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            String sql = IndicatorSourcesSql.BY_HAND.get(i.getValue());
            int shown = 0;
            Double last = null;
            for (var v : sheet.get("series")) {
                java.time.LocalDate end = java.time.LocalDate.parse(v.get("periodEnd").asText());
                Number expected = jdbc.sql(sql).param("j", j).param("prefix", root + "%").param("path", root)
                        .param("from", java.time.LocalDate.parse(v.get("periodStart").asText()))
                        .param("to", end.isAfter(today) ? today : end).query(Number.class).optional().orElse(null);
                assertThat(expected).as(code + " " + v.get("period").asText()).isNotNull();
                assertThat(v.get("value").asDouble()).as(code + " " + v.get("period").asText())
                        .isCloseTo(expected.doubleValue(), org.assertj.core.api.Assertions.within(1e-6));
                last = v.get("value").asDouble();
                shown++;
            }
            assertThat(shown).as(code).isPositive().isLessThanOrEqualTo(8);
            assertThat(sheet.get("progress").get("after").asDouble()).isEqualTo(last);
        }
    }
}
