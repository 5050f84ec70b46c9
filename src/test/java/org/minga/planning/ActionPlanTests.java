package org.minga.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

/** Issue 23: action plans under a plan's goals, their resources rolled up, money exact, work tied to actions. */
@MingaTest
class ActionPlanTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    /** A resource line as the test types it, with the action it goes to. */
    record Line(long action, long goal, String entity, String investmentLine, String source, BigDecimal planned,
            BigDecimal committed, BigDecimal executed) {
    }

    @Test
    void plannedCommittedAndExecutedAddUpFromActionsToGoalsToPlanPerSourceAndPerEntity() throws Exception {
        String tag = tag();
        long j = jurisdiction("11001");
        long plan = plan(j, "11001", tag);
        long goalA = node(plan, "GOAL", tag + "-MA");
        long goalB = node(plan, "GOAL", tag + "-MB");
        String pic = source(j, "P" + tag.substring(0, 5)), sgp = source(j, "S" + tag.substring(0, 5));
        long ap = actionPlan(plan, tag, "INTERSECTORAL");
        long a1 = action(ap, goalA, "A1"), a2 = action(ap, goalA, "A2"), a3 = action(ap, goalB, "A3");
        List<Line> lines = List.of(
                new Line(a1, goalA, "Subred Norte", "Salud pública", pic, dec("1200000.50"), dec("1000000"),
                        dec("800000.25")),
                new Line(a1, goalA, "Secretaría de Integración Social", "Barrios", sgp, dec("3000000"),
                        dec("2500000"), dec("0")),
                new Line(a2, goalA, "Subred Norte", "Salud pública", sgp, dec("450000.75"), dec("450000.75"),
                        dec("450000.75")),
                new Line(a2, goalA, "Subred Norte", "Gestión del riesgo", pic, dec("99.99"), dec("0"), dec("0")),
                new Line(a3, goalB, "Secretaría de Integración Social", "Barrios", pic, dec("7000000"),
                        dec("6999999.99"), dec("12345.67")));
        for (Line l : lines) {
            resource(l.action(), l.entity(), l.investmentLine(), l.source(), l.planned(), l.committed(),
                    l.executed()).andExpect(status().isOk());
        }
        JsonNode budget = read(get("/api/v1/plans/" + plan + "/budget"));

        assertLevel(budget.get("plan"), lines);
        for (long goal : List.of(goalA, goalB)) {
            assertLevel(budget.get("goals").get(String.valueOf(goal)),
                    lines.stream().filter(l -> l.goal() == goal).toList());
        }
        for (long action : List.of(a1, a2, a3)) {
            assertLevel(budget.get("actions").get(String.valueOf(action)),
                    lines.stream().filter(l -> l.action() == action).toList());
        }
        assertThat(budget.get("plan").get("total").get("planned").decimalValue()).isEqualByComparingTo("11650101.24");
    }

    @Test
    void moneyIsStoredAsExactDecimalsInTheJurisdictionsCurrency() throws Exception {
        for (String column : List.of("planned", "committed", "executed")) {
            assertThat(jdbc.sql("select data_type from information_schema.columns where table_name = "
                    + "'plan_action_resource' and column_name = :c").param("c", column).query(String.class).single())
                            .isEqualTo("numeric");
        }
        String tag = tag();
        long bogota = jurisdiction("11001");
        long plan = plan(bogota, "11001", tag);
        long goal = node(plan, "GOAL", tag + "-M");
        String src = source(bogota, "R" + tag.substring(0, 5));
        long ap = actionPlan(plan, tag, "OPERATIONAL");
        long action = action(ap, goal, "A1");
        resource(action, "Secretaría de Salud", "Salud pública", src, dec("1234567.89"), dec("0.1"), dec("0.1"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select planned::text || ' ' || committed::text from plan_action_resource "
                + "where plan_action_id = :a").param("a", action).query(String.class).single())
                        .isEqualTo("1234567.89 0.10");
        mvc.perform(get("/api/v1/action-plans/" + ap).with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("COP"));
        mvc.perform(get("/planning/action-plans/" + ap).with(admin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("1.234.567,89")))
                .andExpect(content().string(not(containsString("E+"))));

        long sanAntonio = jurisdiction("05601");
        String ctag = tag();
        long cplan = plan(sanAntonio, "05601", ctag);
        long cgoal = node(cplan, "GOAL", ctag + "-M");
        String csrc = source(sanAntonio, "F" + ctag.substring(0, 5));
        long cap = actionPlan(cplan, ctag, "OPERATIONAL");
        long caction = action(cap, cgoal, "A1");
        mvc.perform(get("/api/v1/action-plans/" + cap).with(admin())).andExpect(jsonPath("$.currency").value("CLP"));
        resource(caction, "SECPLA", "Gestión municipal", csrc, dec("1500000.50"), dec("0"), dec("0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("planned"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("sin decimales")));
        resource(caction, "SECPLA", "Gestión municipal", csrc, dec("1500000"), dec("1000000"), dec("1200000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("executed"));
        resource(caction, "SECPLA", "Gestión municipal", csrc, dec("1500000"), dec("0"), dec("0"))
                .andExpect(status().isOk());
        mvc.perform(get("/planning/action-plans/" + cap).with(admin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("1.500.000")))
                .andExpect(content().string(not(containsString("1.500.000,00"))));
    }

    @Test
    void aFairLinkedToAPlanActionAppearsInItsExecutionUntilTheLinkIsDeleted() throws Exception {
        Map<String, Object> fair = jdbc.sql("select f.id, f.name, j.code from fair f join jurisdiction j "
                + "on j.id = f.jurisdiction_id where j.code = '54001' order by f.id limit 1").query().singleRow();
        long fairId = ((Number) fair.get("id")).longValue();
        String fairName = (String) fair.get("name");
        String tag = tag();
        long j = jurisdiction("54001");
        long plan = plan(j, "54001", tag);
        long goal = node(plan, "GOAL", tag + "-M");
        long ap = actionPlan(plan, tag, "OPERATIONAL");
        long action = action(ap, goal, "A1");
        mvc.perform(get("/api/v1/action-plans/" + ap).with(admin()))
                .andExpect(jsonPath("$.goals[0].actions[0].works.length()").value(0))
                .andExpect(jsonPath("$.workChoices[?(@.kind == 'fair')].works[*].title",
                        org.hamcrest.Matchers.hasItem(fairName)));

        mvc.perform(post("/api/v1/plan-actions/" + action + "/links").with(csrf()).with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"fair\", \"workId\": " + fairId + "}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/action-plans/" + ap).with(admin()))
                .andExpect(jsonPath("$.goals[0].actions[0].works[0].kind").value("fair"))
                .andExpect(jsonPath("$.goals[0].actions[0].works[0].title").value(fairName));
        mvc.perform(get("/planning/action-plans/" + ap).with(admin()))
                .andExpect(content().string(containsString("Jornada de servicios: " + fairName)));
        mvc.perform(get("/fairs/" + fairId).with(admin()))
                .andExpect(content().string(containsString("A1 · Acción A1 " + tag)));
        mvc.perform(get("/api/v1/plan-actions/served-by").param("kind", "fair").param("workId", String.valueOf(fairId))
                .with(admin()))
                .andExpect(jsonPath("$[?(@.actionId == " + action + ")].name").value("Acción A1 " + tag));

        mvc.perform(delete("/api/v1/plan-actions/" + action + "/links/fair/" + fairId).with(csrf()).with(admin()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/action-plans/" + ap).with(admin()))
                .andExpect(jsonPath("$.goals[0].actions[0].works.length()").value(0));
        mvc.perform(get("/planning/action-plans/" + ap).with(admin()))
                .andExpect(content().string(not(containsString("Jornada de servicios: " + fairName))));
        mvc.perform(get("/fairs/" + fairId).with(admin()))
                .andExpect(content().string(not(containsString("A1 · Acción A1 " + tag))));
        mvc.perform(get("/api/v1/plan-actions/served-by").param("kind", "fair").param("workId", String.valueOf(fairId))
                .with(admin()))
                .andExpect(jsonPath("$[?(@.actionId == " + action + ")]").isEmpty());
    }

    @Test
    void everyKindOfWorkLinkedToAnActionAppearsInItsExecutionUntilTheLinkIsDeleted() throws Exception {
        String tag = tag();
        long j = jurisdiction("11001");
        long plan = plan(j, "11001", tag);
        long goal = node(plan, "GOAL", tag + "-M");
        long ap = actionPlan(plan, tag, "INTERSECTORAL");
        long action = action(ap, goal, "A1");
        JsonNode choices = read(get("/api/v1/action-plans/" + ap)).get("workChoices");
        Map<String, JsonNode> firstOfKind = new TreeMap<>();
        choices.forEach(c -> {
            if (!c.get("works").isEmpty()) {
                firstOfKind.put(c.get("kind").asText(), c.get("works").get(0));
            }
        });
        assertThat(firstOfKind).as("Bogotá's demo has work of every kind but fairs")
                .containsKeys("commitment", "improvement-action", "care-route", "training-programme");
        for (var e : firstOfKind.entrySet()) {
            String kind = e.getKey(), title = e.getValue().get("title").asText();
            long workId = e.getValue().get("id").asLong();
            mvc.perform(post("/api/v1/plan-actions/" + action + "/links").with(csrf()).with(admin())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"kind\": \"" + kind + "\", \"workId\": " + workId + "}"))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/v1/action-plans/" + ap).with(admin()))
                    .andExpect(jsonPath("$.goals[0].actions[0].works[?(@.kind == '" + kind + "')].title")
                            .value(org.hamcrest.Matchers.contains(title)));
            mvc.perform(get("/api/v1/plan-actions/served-by").param("kind", kind)
                    .param("workId", String.valueOf(workId)).with(admin()))
                    .andExpect(jsonPath("$[?(@.actionId == " + action + ")].name").value("Acción A1 " + tag));
            if (kind.equals("commitment")) {
                mvc.perform(get("/governance/commitments/" + workId).with(admin()))
                        .andExpect(content().string(containsString("A1 · Acción A1 " + tag)));
            }
            if (kind.equals("improvement-action")) {
                String status = jdbc.sql("select status from improvement_action where id = :id").param("id", workId)
                        .query(String.class).single();
                mvc.perform(get("/participation/actions").param("status", status).with(admin()))
                        .andExpect(content().string(containsString("A1 · Acción A1 " + tag)));
            }
            mvc.perform(delete("/api/v1/plan-actions/" + action + "/links/" + kind + "/" + workId).with(csrf())
                    .with(admin())).andExpect(status().isNoContent());
            mvc.perform(get("/api/v1/action-plans/" + ap).with(admin()))
                    .andExpect(jsonPath("$.goals[0].actions[0].works.length()").value(0));
            mvc.perform(get("/api/v1/plan-actions/served-by").param("kind", kind)
                    .param("workId", String.valueOf(workId)).with(admin()))
                    .andExpect(jsonPath("$[?(@.actionId == " + action + ")]").isEmpty());
        }
    }

    @Test
    void anActionPlanExportsItsResourceLinesAsNumbersInXlsxAndPrintsAsPdf() throws Exception {
        long ap = jdbc.sql("select id from action_plan where code = 'PAI-APS-2025'").query(Long.class).single();
        long plan = jdbc.sql("select plan_id from action_plan where id = :a").param("a", ap).query(Long.class)
                .single();
        BigDecimal planned = jdbc.sql("select sum(r.planned) from plan_action_resource r join plan_action a "
                + "on a.id = r.plan_action_id where a.action_plan_id = :a").param("a", ap).query(BigDecimal.class)
                .single();
        byte[] xlsx = mvc.perform(get("/api/v1/action-plans/" + ap + "/export").param("format", "xlsx")
                .with(admin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        BigDecimal sum = BigDecimal.ZERO;
        int lines = 0;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(14).getStringCellValue()).isEqualTo("planeado");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                var cell = sheet.getRow(i).getCell(14);
                if (cell != null && cell.getCellType() != org.apache.poi.ss.usermodel.CellType.BLANK) {
                    assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                    sum = sum.add(BigDecimal.valueOf(cell.getNumericCellValue()));
                    lines++;
                }
            }
        }
        assertThat(lines).isEqualTo(jdbc.sql("select count(*) from plan_action_resource r join plan_action a "
                + "on a.id = r.plan_action_id where a.action_plan_id = :a").param("a", ap).query(Integer.class)
                .single());
        assertThat(sum).isCloseTo(planned, org.assertj.core.api.Assertions.within(new BigDecimal("0.01")));
        assertThat(read(get("/api/v1/plans/" + plan + "/budget")).get("plan").get("total").get("planned")
                .decimalValue()).isEqualByComparingTo(planned);

        byte[] pdf = mvc.perform(get("/planning/action-plans/" + ap + "/export").param("format", "pdf")
                .with(admin())).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse()
                .getContentAsByteArray();
        String firstAction = jdbc.sql("select code || ' · ' || name from plan_action where action_plan_id = :a "
                + "order by id limit 1").param("a", ap).query(String.class).single();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("PAI-APS-2025").contains(firstAction).contains("Convenios y contratos");
        }
    }

    @Test
    void entitiesThatAreActorsAreKeptByIdAndTheActorsPageListsTheirActions() throws Exception {
        String tag = tag();
        long j = jurisdiction("11001");
        Map<String, Object> sds = jdbc.sql("select id, name from actor where jurisdiction_id = :j and code = 'SDS'")
                .param("j", j).query().singleRow();
        long sdsId = ((Number) sds.get("id")).longValue();
        long plan = plan(j, "11001", tag);
        long goal = node(plan, "GOAL", tag + "-M");
        long ap = actionPlan(plan, tag, "INTERSECTORAL");
        long action = id(send(post("/api/v1/action-plans/" + ap + "/actions"), """
                {"goalId": %d, "code": "A1", "name": "Acción A1 %s", "responsibles": ["sds", "Mesa local %s"],
                 "startsOn": "2025-02-01", "endsOn": "2025-11-30", "territories": []}""".formatted(goal, tag, tag)));
        String pic = source(j, "P" + tag.substring(0, 5));
        resource(action, (String) sds.get("name"), "Salud pública", pic, dec("1000"), dec("0"), dec("0"))
                .andExpect(status().isOk());
        resource(action, "Fundación sin registro " + tag, "Aporte", pic, dec("500"), dec("0"), dec("0"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/action-plans/" + ap).with(admin()))
                .andExpect(jsonPath("$.goals[0].actions[0].action.responsibles[0]").value(sds.get("name")))
                .andExpect(jsonPath("$.goals[0].actions[0].action.responsibleEntities[0].actorId").value(sdsId))
                .andExpect(
                        jsonPath("$.goals[0].actions[0].action.responsibleEntities[1].name").value("Mesa local " + tag))
                .andExpect(jsonPath("$.goals[0].actions[0].action.responsibleEntities[1].actorId").doesNotExist())
                .andExpect(jsonPath("$.goals[0].actions[0].action.resources[0].actorId").value(sdsId))
                .andExpect(jsonPath("$.goals[0].actions[0].action.resources[1].actorId").doesNotExist());
        mvc.perform(get("/actors/" + sdsId).with(admin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("A1 · Acción A1 " + tag)));
    }

    @Test
    void anActionMovesForwardOnlyAndRefusesAWorkOfAnotherJurisdiction() throws Exception {
        String tag = tag();
        long j = jurisdiction("11001");
        long plan = plan(j, "11001", tag);
        long goal = node(plan, "GOAL", tag + "-M");
        long action = action(actionPlan(plan, tag, "LOCAL"), goal, "A1");
        for (String s : List.of("IN_PROGRESS", "DONE")) {
            mvc.perform(post("/api/v1/plan-actions/" + action + "/status").with(csrf()).with(admin())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"" + s + "\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/plan-actions/" + action + "/status").with(csrf()).with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"PLANNED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        long cucutaFair = jdbc.sql("select f.id from fair f join jurisdiction j on j.id = f.jurisdiction_id "
                + "where j.code = '54001' order by f.id limit 1").query(Long.class).single();
        mvc.perform(post("/api/v1/plan-actions/" + action + "/links").with(csrf()).with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"fair\", \"workId\": " + cucutaFair + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("work"));
    }

    private void assertLevel(JsonNode level, List<Line> lines) {
        assertThat(level).as("a level with resources").isNotNull();
        assertAmounts(level.get("total"), lines);
        assertGroups(level.get("bySource"), lines, Line::source);
        assertGroups(level.get("byEntity"), lines, Line::entity);
        assertGroups(level.get("byEntityLine"), lines, l -> l.entity() + " · " + l.investmentLine());
    }

    private void assertGroups(JsonNode groups, List<Line> lines, Function<Line, String> key) {
        Map<String, List<Line>> expected = new TreeMap<>();
        lines.forEach(l -> expected.computeIfAbsent(key.apply(l), k -> new ArrayList<>()).add(l));
        List<String> actual = new ArrayList<>();
        groups.fieldNames().forEachRemaining(actual::add);
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((k, ls) -> assertAmounts(groups.get(k), ls));
    }

    private static void assertAmounts(JsonNode amounts, List<Line> lines) {
        assertThat(amounts.get("planned").decimalValue())
                .isEqualByComparingTo(lines.stream().map(Line::planned).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(amounts.get("committed").decimalValue())
                .isEqualByComparingTo(lines.stream().map(Line::committed).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(amounts.get("executed").decimalValue())
                .isEqualByComparingTo(lines.stream().map(Line::executed).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private long jurisdiction(String code) {
        return jdbc.sql("select id from jurisdiction where code = :c").param("c", code).query(Long.class).single();
    }

    private long plan(long j, String territoryCode, String tag) throws Exception {
        long t = jdbc.sql("select id from territory where jurisdiction_id = :j and code = :c").param("j", j)
                .param("c", territoryCode).query(Long.class).single();
        return id(send(post("/api/v1/plans"), """
                {"code": "%s", "name": "Plan %s", "type": "PLAN_DESARROLLO", "territoryId": %d,
                 "startsOn": "2024-01-01", "endsOn": "2027-12-31"}""".formatted(tag, tag, t)));
    }

    private long node(long plan, String kind, String code) throws Exception {
        return id(send(post("/api/v1/plans/" + plan + "/nodes"),
                "{\"kind\": \"%s\", \"code\": \"%s\", \"name\": \"Meta %s\"}".formatted(kind, code, code)));
    }

    private String source(long j, String source) throws Exception {
        String jurisdiction = jdbc.sql("select code from jurisdiction where id = :j").param("j", j)
                .query(String.class).single();
        send(post("/api/v1/funding-sources").param("jurisdiction", jurisdiction),
                "{\"code\": \"%s\", \"name\": \"Fuente %s\"}".formatted(source, source));
        return source;
    }

    private long actionPlan(long plan, String tag, String kind) throws Exception {
        return id(send(post("/api/v1/plans/" + plan + "/action-plans"),
                "{\"code\": \"AP-%s\", \"name\": \"Plan de acción %s\", \"kind\": \"%s\"}".formatted(tag, tag, kind)));
    }

    private long action(long ap, long goal, String code) throws Exception {
        String tag = jdbc.sql("select substr(code, 4) from action_plan where id = :a").param("a", ap)
                .query(String.class).single();
        return id(send(post("/api/v1/action-plans/" + ap + "/actions"), """
                {"goalId": %d, "code": "%s", "name": "Acción %s %s", "responsibles": ["Subred Norte", "SDIS"],
                 "coordinationStrategy": "Mesa intersectorial mensual", "startsOn": "2025-02-01",
                 "endsOn": "2025-11-30", "territories": []}""".formatted(goal, code, code, tag)));
    }

    private ResultActions resource(long action, String entity, String line, String source, BigDecimal planned,
            BigDecimal committed, BigDecimal executed) throws Exception {
        return mvc.perform(post("/api/v1/plan-actions/" + action + "/resources").with(csrf()).with(admin())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("entity", entity,
                        "investmentLine", line, "source", source, "kind", "MONEY", "planned", planned,
                        "committed", committed, "executed", executed))));
    }

    private String send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(csrf()).with(admin()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(mvc
                .perform(request.with(admin())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private long id(String body) throws Exception {
        return json.readTree(body).get("id").asLong();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "minga2026");
    }

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }
}
