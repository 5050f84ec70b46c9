package org.minga.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.planning.IndicatorSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@MingaTest
class DashboardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    ObjectMapper json;

    long territory(String code) {
        return jdbc.sql(
                "select t.id from territory t join jurisdiction j on j.id = t.jurisdiction_id where j.code = '11001' and t.code = :c")
                .param("c", code).query(Long.class).single();
    }

    @Test
    void aLocalUsersSituationRoomShowsOnlyTheirTerritorysFigures() throws Exception {
        LocalDate from = LocalDate.now().minusYears(2);
        LocalDate to = LocalDate.now();
        String body = mvc.perform(get("/api/v1/dashboard").param("from", from.toString()).param("to", to.toString())
                .param("indicator", "household.characterised").with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.territory.code").value("11"))
                .andReturn().getResponse().getContentAsString();
        JsonNode room = json.readTree(body);
        String subaPath = room.at("/territory/path").asText();
        long j = room.at("/territory/jurisdictionId").asLong();
        String districtPath = jdbc.sql("select path from territory where id = :id").param("id", territory("11001"))
                .query(String.class).single();
        boolean someDiffer = false;
        for (JsonNode f : room.get("figures")) {
            IndicatorSource s = sources.stream().filter(x -> x.key().equals(f.get("key").asText())).findFirst()
                    .orElseThrow();
            Map<String, Double> v = s.values(j, List.of(subaPath, districtPath), from, to);
            if (v.get(subaPath) == null) {
                assertThat(f.path("value").isNull() || f.path("value").isMissingNode()).as(s.key()).isTrue();
            } else {
                assertThat(f.get("value").asDouble()).as(s.key()).isEqualTo(v.get(subaPath));
            }
            someDiffer |= v.get(districtPath) != null && !v.get(districtPath).equals(v.get(subaPath));
        }
        assertThat(someDiffer).as("Suba's figures are not the district's").isTrue();
        for (JsonNode c : room.get("children")) {
            String childPath = jdbc.sql("select path from territory where id = :id")
                    .param("id", c.get("territoryId").asLong()).query(String.class).single();
            assertThat(childPath).startsWith(subaPath);
        }
        // another localidad, or the district, is out of reach
        mvc.perform(get("/api/v1/dashboard").param("territory", String.valueOf(territory("08")))
                .with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dashboard").param("territory", String.valueOf(territory("11001")))
                .with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDistrictRoomDrillsDownAndExports() throws Exception {
        long district = territory("11001");
        mvc.perform(
                get("/dashboard").param("territory", String.valueOf(district)).with(httpBasic("distrito", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cifras clave")))
                .andExpect(content().string(containsString("Hogares caracterizados")))
                .andExpect(content().string(containsString("Remisiones vencidas")))
                .andExpect(content().string(containsString("caché")))
                .andExpect(content().string(containsString("Norte")));
        mvc.perform(get("/dashboard/export").param("territory", String.valueOf(district)).param("format", "xlsx")
                .with(httpBasic("distrito", "minga2026")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")));
        byte[] pdf = mvc
                .perform(get("/dashboard/export").param("territory", String.valueOf(district)).param("format", "pdf")
                        .with(httpBasic("distrito", "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(get("/api/v1/dashboard").param("territory", String.valueOf(district)).param("from", "2026-05-01")
                .param("to", "2026-01-01")
                .with(httpBasic("distrito", "minga2026")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }
}
