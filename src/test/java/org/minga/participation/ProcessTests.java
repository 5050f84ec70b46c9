package org.minga.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.planning.IndicatorSource;
import org.minga.platform.Times;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 23: participatory processes as processes, and a report made of exactly what carries the process's name. */
@MingaTest
class ProcessTests {

    static final String PLADECO = "PLADECO 2024-2030";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    List<IndicatorSource> sources;

    @Test
    void aProcessReportListsExactlyTheSpacesContributionsAndSurveysOfThatProcess() throws Exception {
        long j = jdbc.sql("select id from jurisdiction where code = '05601'").query(Long.class).single();
        long process = jdbc.sql("select id from participatory_process where jurisdiction_id = :j and name = :n")
                .param("j", j).param("n", PLADECO).query(Long.class).single();
        JsonNode report = json.readTree(mvc.perform(get("/api/v1/participation/processes/" + process + "/report")
                .with(admin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        List<Long> spaces = jdbc.sql("select id from participation_space where jurisdiction_id = :j and process = :p")
                .param("j", j).param("p", PLADECO).query(Long.class).list();
        List<Long> contributions = jdbc.sql("""
                select c.id from contribution c where c.jurisdiction_id = :j
                  and (c.space_id in (select id from participation_space where process = :p and jurisdiction_id = :j)
                       or c.survey_id in (select id from survey where process = :p and jurisdiction_id = :j))""")
                .param("j", j).param("p", PLADECO).query(Long.class).list();
        List<Long> surveys = jdbc.sql("select id from survey where jurisdiction_id = :j and process = :p")
                .param("j", j).param("p", PLADECO).query(Long.class).list();
        List<Long> otherProcess = jdbc.sql("select id from participation_space where jurisdiction_id = :j "
                + "and process <> :p").param("j", j).param("p", PLADECO).query(Long.class).list();

        assertThat(spaces).isNotEmpty();
        assertThat(otherProcess).as("the 2014 consultancy workshops are another process").isNotEmpty();
        assertThat(surveys).isNotEmpty();
        assertThat(ids(report.get("spaces"))).containsExactlyInAnyOrderElementsOf(spaces)
                .doesNotContainAnyElementsOf(otherProcess);
        assertThat(ids(report.get("contributions"))).containsExactlyInAnyOrderElementsOf(contributions);
        assertThat(ids(report.get("surveys"))).containsExactlyInAnyOrderElementsOf(surveys);
        long responses = jdbc.sql("select count(*) from survey_response where survey_id in (:s)").param("s", surveys)
                .query(Long.class).single();
        long reported = 0;
        for (JsonNode s : report.get("surveys")) {
            reported += s.get("responses").asLong();
        }
        assertThat(reported).isEqualTo(responses);

        String name = "Proceso vacío " + UUID.randomUUID().toString().substring(0, 8);
        long empty = json.readTree(mvc.perform(post("/api/v1/participation/processes").with(csrf()).with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"jurisdiction": "05601", "name": "%s", "template": "FREE", "startsOn": "2026-01-01",
                         "endsOn": "2026-12-31"}""".formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(get("/api/v1/participation/processes/" + empty + "/report").with(admin()))
                .andExpect(jsonPath("$.spaces.length()").value(0))
                .andExpect(jsonPath("$.contributions.length()").value(0))
                .andExpect(jsonPath("$.surveys.length()").value(0));
        mvc.perform(post("/api/v1/participation/processes/" + empty + "/pilots").with(csrf()).with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"spaceId\": " + spaces.get(0) + ", \"evaluation\": \"Bien\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("spaceId"));
    }

    @Test
    void thePladecoRunsItsThirteenStepsWithTheManagingTeamSixteenDirectoratesAndAnEvaluatedPilot() throws Exception {
        long process = jdbc.sql("select id from participatory_process where name = :n").param("n", PLADECO)
                .query(Long.class).single();
        mvc.perform(get("/api/v1/participation/processes/" + process).with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.stages.length()").value(13))
                .andExpect(jsonPath("$.stages[0].name").value("Planificación del proceso global por el equipo gestor"))
                .andExpect(jsonPath("$.stages[12].status").value("DONE"))
                .andExpect(jsonPath("$.directorates.length()").value(16))
                .andExpect(jsonPath("$.team[0].name").value("Secretaría Comunal de Planificación (SECPLA)"))
                .andExpect(jsonPath("$.pilots.length()").value(1));
        mvc.perform(put("/api/v1/participation/processes/" + process + "/stages/0").with(csrf()).with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"PENDING\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/participation/processes/" + process).with(admin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Direcciones participantes (16)")))
                .andExpect(content().string(containsString("Segunda vuelta al territorio")))
                .andExpect(content().string(containsString("Informe del proceso")));
    }

    @Test
    void theStagesOnTimeFigureCountsTheStagesDueInThePeriodDoneByTheirEndDate() throws Exception {
        long j = jdbc.sql("select id from jurisdiction where code = '05601'").query(Long.class).single();
        String root = jdbc.sql("select path from territory where jurisdiction_id = :j and parent_id is null")
                .param("j", j).query(String.class).single();
        String unit = jdbc.sql("select path from territory where jurisdiction_id = :j and parent_id is not null "
                + "order by id limit 1").param("j", j).query(String.class).single();
        IndicatorSource onTime = sources.stream().filter(s -> s.key().equals("participation.process-stages-on-time"))
                .findFirst().orElseThrow();
        LocalDate today = Times.todayIn(j);
        LocalDate from = today.minusDays(20), to = today.plusDays(40);
        Map<String, Double> before = onTime.values(j, List.of(root, unit), from, to);
        assertThat(before).as("nothing due in the period yet").doesNotContainKey(root);

        long process = json.readTree(mvc.perform(post("/api/v1/participation/processes").with(csrf()).with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"jurisdiction": "05601", "name": "Proceso a tiempo %s", "template": "FREE",
                         "startsOn": "%s", "endsOn": "%s"}""".formatted(UUID.randomUUID().toString().substring(0, 8),
                        today.minusMonths(2), today.plusMonths(2))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        // done before its end, done after its end, overdue and not done, not due yet
        String[][] stages = {{"-15", "DONE", "-16"}, {"-10", "DONE", "-2"}, {"-5", "IN_PROGRESS", null},
                {"30", "PENDING", null}};
        for (int i = 0; i < stages.length; i++) {
            mvc.perform(post("/api/v1/participation/processes/" + process + "/stages").with(csrf()).with(admin())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Etapa " + i + "\"}"))
                    .andExpect(status().isOk());
            LocalDate ends = today.plusDays(Long.parseLong(stages[i][0]));
            String doneOn = stages[i][2] == null ? "null"
                    : "\"" + today.plusDays(Long.parseLong(stages[i][2])) + "\"";
            mvc.perform(put("/api/v1/participation/processes/" + process + "/stages/" + i).with(csrf()).with(admin())
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"startsOn": "%s", "endsOn": "%s", "status": "%s", "doneOn": %s}"""
                            .formatted(ends.minusDays(20), ends, stages[i][1], doneOn)))
                    .andExpect(status().isOk());
        }
        mvc.perform(put("/api/v1/participation/processes/" + process + "/stages/3").with(csrf()).with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"status": "DONE", "doneOn": "%s"}""".formatted(today.plusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("doneOn"));

        Map<String, Double> after = onTime.values(j, List.of(root, unit), from, to);
        assertThat(after.get(root)).as("one of the three stages due").isCloseTo(100.0 / 3, within(1e-9));
        assertThat(after).as("a process is the whole jurisdiction's").doesNotContainKey(unit);
        assertThat(onTime.values(j, List.of(root), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)).get(root))
                .as("the PLADECO's thirteen steps were done on their dates").isEqualTo(100.0);
    }

    @Test
    void aDialoguesServicePointIsChosenWithTheEvidenceOfItsHeadValueGroupsAndSatisfaction() throws Exception {
        String choices = mvc.perform(get("/choices/service-points").param("q", "supercade suba")
                .with(httpBasic("distrito", "minga2026"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(choices).contains("data-value=\"SuperCADE Suba\"").doesNotContain("SuperCADE Manitas")
                .contains("jefe: Responsable de Punto SuperCADE Suba").contains("más atendido: ")
                .contains("(3 diálogos)");
        assertThat(mvc.perform(get("/choices/service-points").param("q", "supercade")
                .with(httpBasic("cucuta", "minga2026"))).andReturn().getResponse().getContentAsString())
                        .as("another jurisdiction's points").doesNotContain("SuperCADE");
        mvc.perform(get("/participation").with(admin())).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-choices=\"/choices/service-points\"")));
    }

    @Test
    void aCollectiveProjectOfAProcessNamesItsEntitiesTerritoriesAndThePlanActionItServes() throws Exception {
        long j = jdbc.sql("select id from jurisdiction where code = '05601'").query(Long.class).single();
        long process = jdbc.sql("select id from participatory_process where jurisdiction_id = :j and name = :n")
                .param("j", j).param("n", PLADECO).query(Long.class).single();
        long space = jdbc.sql("select id from participation_space where jurisdiction_id = :j and process = :p "
                + "order by id limit 1").param("j", j).param("p", PLADECO).query(Long.class).single();
        long otherSpace = jdbc.sql("select id from participation_space where jurisdiction_id = :j and process <> :p "
                + "order by id limit 1").param("j", j).param("p", PLADECO).query(Long.class).single();
        long root = jdbc.sql("select id from territory where jurisdiction_id = :j and parent_id is null")
                .param("j", j).query(Long.class).single();
        var unit = jdbc.sql("select id, name from territory where jurisdiction_id = :j and parent_id = :r "
                + "order by id limit 1").param("j", j).param("r", root).query().singleRow();
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        long plan = created(post("/api/v1/plans"), """
                {"code": "P-%s", "name": "Plan %s", "type": "PLADECO", "territoryId": %d,
                 "startsOn": "2024-01-01", "endsOn": "2030-12-31"}""".formatted(tag, tag, root));
        long goal = created(post("/api/v1/plans/" + plan + "/nodes"),
                "{\"kind\": \"GOAL\", \"code\": \"M-%s\", \"name\": \"Meta %s\"}".formatted(tag, tag));
        long ap = created(post("/api/v1/plans/" + plan + "/action-plans"),
                "{\"code\": \"AP-%s\", \"name\": \"Plan de acción %s\", \"kind\": \"LOCAL\"}".formatted(tag, tag));
        long action = created(post("/api/v1/action-plans/" + ap + "/actions"), """
                {"goalId": %d, "code": "A1", "name": "Acción %s", "responsibles": ["SECPLA"],
                 "startsOn": "2025-01-01", "endsOn": "2025-12-31", "territories": []}""".formatted(goal, tag));
        String body = """
                {"name": "Plaza activa %s", "description": "Recuperar la plaza con las juntas de vecinos",
                 "spaceId": %d, "entities": ["SECPLA", "Junta de vecinos %s", "secpla"], "territoryIds": [%d],
                 "planActionId": %d}""";

        mvc.perform(post("/api/v1/participation/processes/" + process + "/projects").with(csrf()).with(admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(tag, otherSpace, tag, unit.get("id"), action)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("spaceId"));
        long project = created(post("/api/v1/participation/processes/" + process + "/projects"),
                body.formatted(tag, space, tag, unit.get("id"), action));

        JsonNode sheet = json.readTree(mvc.perform(get("/api/v1/participation/processes/" + process).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode mine = null;
        for (JsonNode x : sheet.get("projects")) {
            if (x.get("project").get("id").asLong() == project) {
                mine = x;
            }
        }
        assertThat(mine).as("the process lists its project").isNotNull();
        assertThat(mine.get("project").get("entities").toString()).isEqualTo("[\"SECPLA\",\"Junta de vecinos "
                + tag + "\"]");
        assertThat(mine.get("project").get("territories").get(0).asText()).isEqualTo(unit.get("name"));
        assertThat(mine.get("project").get("spaceId").asLong()).isEqualTo(space);
        assertThat(mine.get("planActions").get(0).get("actionId").asLong()).isEqualTo(action);
        mvc.perform(get("/api/v1/action-plans/" + ap).with(admin()))
                .andExpect(jsonPath("$.goals[0].actions[0].works[0].kind").value("collective-project"))
                .andExpect(jsonPath("$.goals[0].actions[0].works[0].title").value("Plaza activa " + tag));
        mvc.perform(get("/participation/processes/" + process).with(admin()))
                .andExpect(content().string(containsString("Plaza activa " + tag)))
                .andExpect(content().string(containsString("Sirve a la acción A1 · Acción " + tag)));

        // a project formulated in an intersectoral body of the jurisdiction (the COSOC) instead of a space
        String rootPath = jdbc.sql("select path from territory where id = :r").param("r", root).query(String.class)
                .single();
        long cosoc = jdbc.sql("""
                insert into gov_body (jurisdiction_id, code, name, body_type, level, territory_id, territory_path,
                                      periodicity)
                values (:j, :c, :n, 'COSOC', 'MACRO', :t, :p, 'MONTHLY') returning id""").param("j", j)
                .param("c", "COSOC-" + tag).param("n", "Consejo Comunal " + tag).param("t", root)
                .param("p", rootPath).query(Long.class).single();
        String inBody = """
                {"name": "Huertas comunitarias %s", "bodyId": %d, "entities": ["SECPLA"], "territoryIds": []}""";
        mvc.perform(post("/api/v1/participation/processes/" + process + "/projects").with(csrf()).with(admin())
                .contentType(MediaType.APPLICATION_JSON).content(inBody.formatted(tag, -1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("bodyId"));
        mvc.perform(post("/api/v1/participation/processes/" + process + "/projects").with(csrf()).with(admin())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "Doble %s", "spaceId": %d, "bodyId": %d, "entities": ["SECPLA"]}"""
                        .formatted(tag, space, cosoc)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("bodyId"));
        created(post("/api/v1/participation/processes/" + process + "/projects"), inBody.formatted(tag, cosoc));
        mvc.perform(get("/participation/processes/" + process).with(admin()))
                .andExpect(content().string(containsString("Huertas comunitarias " + tag)))
                .andExpect(content().string(containsString("href=\"/governance/bodies/" + cosoc + "\"")))
                .andExpect(content().string(containsString("Consejo Comunal " + tag)));
    }

    private long created(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String body) throws Exception {
        return json.readTree(mvc.perform(request.with(csrf()).with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asLong()));
        return out;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "minga2026");
    }
}
