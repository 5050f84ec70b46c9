package org.minga.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
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

    private static List<Long> ids(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asLong()));
        return out;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "minga2026");
    }
}
