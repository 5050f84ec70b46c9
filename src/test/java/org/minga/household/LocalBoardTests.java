package org.minga.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The local management board (issue 22): households and field teams on a map, within the user's territory. */
@MingaTest
class LocalBoardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    long territory(String code) {
        return jdbc.sql(
                "select t.id from territory t join jurisdiction j on j.id = t.jurisdiction_id where j.code = '11001' and t.code = :c")
                .param("c", code).query(Long.class).single();
    }

    String path(long territory) {
        return jdbc.sql("select path from territory where id = :id").param("id", territory).query(String.class)
                .single();
    }

    JsonNode board(String user, Long territory) throws Exception {
        var request = get("/api/v1/board").with(httpBasic(user, "minga2026"));
        if (territory != null) {
            request = request.param("territory", String.valueOf(territory));
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void aLocalUserSeesOnTheBoardOnlyTheirTerritorysHouseholdsAndTeams() throws Exception {
        String suba = path(territory("11"));
        long subaTeam = jdbc.sql("select id from field_team where code = 'EBE-SUBA-1'").query(Long.class).single();
        mvc.perform(put("/api/v1/field-teams/" + subaTeam + "/contact").with(httpBasic("local.suba", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"phone\": \"601 555 0123\", \"email\": \"ebe-suba-1@equipos.minga.demo\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/field-teams/" + subaTeam + "/contact").with(httpBasic("local.suba", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"phone\": \"12\", \"email\": \"correo\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("El teléfono del equipo debe tener entre 7 y 15 dígitos.")));
        JsonNode b = board("local.suba", null);
        assertThat(b.at("/territory/code").asText()).isEqualTo("11");
        long counted = 0;
        for (JsonNode c : b.get("clusters")) {
            String p = path(c.get("territoryId").asLong());
            assertThat(p).startsWith(suba);
            long direct = jdbc.sql("select count(*) from household where territory_path like :p").param("p", p + "%")
                    .query(Long.class).single();
            assertThat(c.get("households").asLong()).as(c.get("name").asText()).isEqualTo(direct);
            long alerted = jdbc
                    .sql("""
                            select count(distinct household_id) from alert where status <> 'CERRADA' and territory_path like :p""")
                    .param("p", p + "%").query(Long.class).single();
            assertThat(c.get("withAlerts").asLong()).isEqualTo(alerted);
            counted += direct;
        }
        long onSubaItself = jdbc.sql("select count(*) from household where territory_path = :p").param("p", suba)
                .query(Long.class).single();
        assertThat(b.get("householdsWithoutChild").asLong()).isEqualTo(onSubaItself);
        assertThat(counted + onSubaItself).as("Suba's households, in its clusters or on Suba itself").isPositive()
                .isEqualTo(b.get("householdsTotal").asLong()).isEqualTo(jdbc
                        .sql("select count(*) from household where territory_path like :p").param("p", suba + "%")
                        .query(Long.class).single());
        List<String> teams = new ArrayList<>();
        b.get("teams").forEach(t -> teams.add(t.get("code").asText()));
        assertThat(teams).contains("EBE-SUBA-1").doesNotContain("EBE-KEN-1", "EBE-CUC-1", "EBE-CUC-2");
        JsonNode team = b.get("teams").get(teams.indexOf("EBE-SUBA-1"));
        assertThat(team.get("contactEmail").asText()).isEqualTo("ebe-suba-1@equipos.minga.demo");
        assertThat(team.get("contactPhone").asText()).isEqualTo("601 555 0123");
        assertThat(team.get("households").asLong()).isEqualTo(jdbc.sql("""
                select count(*) from household h join field_team f on f.id = h.field_team_id
                 where f.code = 'EBE-SUBA-1' and h.territory_path like :p""").param("p", suba + "%")
                .query(Long.class).single());
        assertThat(team.get("members").toString()).contains("Enfermera jefe");
        // another localidad's board, and the district's, are out of reach; the district user sees every team
        mvc.perform(get("/api/v1/board").param("territory", String.valueOf(territory("08")))
                .with(httpBasic("local.suba", "minga2026"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/board").param("territory", String.valueOf(territory("11001")))
                .with(httpBasic("local.suba", "minga2026"))).andExpect(status().isNotFound());
        assertThat(board("distrito", territory("11001")).get("teams").toString()).contains("EBE-SUBA-1",
                "EBE-KEN-1");
        // who reads no personal data has no board
        mvc.perform(get("/api/v1/board").with(httpBasic("consulta.kennedy", "minga2026")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/board").with(httpBasic("local.suba", "minga2026"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tablero de gestión local: Suba")))
                .andExpect(content().string(containsString("ebe-suba-1@equipos.minga.demo")));
    }

    @Test
    void eachHouseholdShownOnTheBoardAndOpenedFromTheMapIsOnTheAccessLog() throws Exception {
        String suba = path(territory("11"));
        long leaf = jdbc.sql("""
                select h.territory_id from household h
                 where h.territory_path like :p
                   and not exists (select 1 from territory c where c.parent_id = h.territory_id)
                 group by h.territory_id order by count(*) desc limit 1""").param("p", suba + "%")
                .query(Long.class).single();
        JsonNode b = board("local.suba", leaf);
        assertThat(b.get("clusters")).isEmpty();
        JsonNode households = b.get("households");
        assertThat(households).isNotEmpty();
        assertThat(b.get("householdsTotal").asLong()).isEqualTo(jdbc.sql(
                "select count(*) from household where territory_path like :p").param("p", path(leaf) + "%")
                .query(Long.class).single());
        List<Long> ids = new ArrayList<>();
        households.forEach(h -> ids.add(h.get("id").asLong()));
        for (long id : ids) {
            assertThat(path(jdbc.sql("select territory_id from household where id = :id").param("id", id)
                    .query(Long.class).single())).startsWith(suba);
        }
        assertThat(logged("GET /api/v1/board%", ids.get(0))).as("shown on the board").isPositive();
        // opened from the map: the marker's link is the household's page
        long opened = ids.get(ids.size() - 1);
        long before = logged("GET /households/{id}", opened);
        mvc.perform(get("/households/" + opened).with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk());
        assertThat(logged("GET /households/{id}", opened)).isEqualTo(before + 1);
        String page = mvc.perform(get("/board").param("territory", String.valueOf(leaf))
                .with(httpBasic("local.suba", "minga2026"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("/households/" + opened);
    }

    long logged(String endpoint, long household) {
        return jdbc.sql("""
                select count(*) from personal_data_access where username = 'local.suba' and subject_type = 'HOUSEHOLD'
                   and endpoint like :e and subject_ids @> array[cast(:h as bigint)]""").param("e", endpoint)
                .param("h", household).query(Long.class).single();
    }
}
