package org.minga.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

/** The department view (issue 22): Norte de Santander sees its municipalities' figures added up, and nobody. */
@MingaTest
class DepartmentViewTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    List<IndicatorSource> sources;

    static final String USER = "gobernacion.nds";

    @Test
    void aDepartmentalUserSeesTheAggregatedFiguresOfItsMunicipalities() throws Exception {
        LocalDate from = LocalDate.now().minusYears(3);
        LocalDate to = LocalDate.now().plusMonths(1);
        JsonNode d = json.readTree(mvc.perform(get("/api/v1/dashboard/department").param("from", from.toString())
                .param("to", to.toString()).with(httpBasic(USER, "minga2026"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(d.get("name").asText()).isEqualTo("Norte de Santander");
        List<String> codes = d.get("municipalities").findValuesAsText("code");
        assertThat(codes).containsExactlyInAnyOrder("54001", "54874", "54405");
        boolean someFigure = false;
        for (JsonNode f : d.get("figures")) {
            IndicatorSource s = sources.stream().filter(x -> x.key().equals(f.get("key").asText())).findFirst()
                    .orElseThrow();
            double sum = 0;
            for (int i = 0; i < codes.size(); i++) {
                String root = jdbc.sql("""
                        select t.path from territory t join jurisdiction j on j.id = t.jurisdiction_id
                         where j.code = :c and t.parent_id is null""").param("c", codes.get(i)).query(String.class)
                        .single();
                long jid = jdbc.sql("select id from jurisdiction where code = :c").param("c", codes.get(i))
                        .query(Long.class).single();
                Map<String, Double> v = s.values(jid, List.of(root), from, to);
                JsonNode cell = f.get("byMunicipality").get(i);
                if (v.get(root) == null) {
                    assertThat(cell == null || cell.isNull()).as(s.key() + " " + codes.get(i)).isTrue();
                } else {
                    assertThat(cell.asDouble()).as(s.key() + " " + codes.get(i)).isCloseTo(v.get(root),
                            within(1e-9));
                    sum += v.get(root);
                }
            }
            if (s.unit().equals("%")) {
                assertThat(f.path("total").isNull() || f.path("total").isMissingNode()).as("a share is not added up")
                        .isTrue();
            } else {
                assertThat(f.get("total").asDouble()).as(s.key()).isCloseTo(sum, within(1e-9));
                someFigure |= sum > 0;
            }
        }
        assertThat(someFigure).as("Cúcuta's demo figures reach the department").isTrue();
        mvc.perform(get("/dashboard/department").with(httpBasic(USER, "minga2026"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vista departamental: Norte de Santander")))
                .andExpect(content().string(containsString("Villa del Rosario")));
        mvc.perform(get("/dashboard").with(httpBasic(USER, "minga2026")))
                .andExpect(redirectedUrl("/dashboard/department"));
        // a municipality's user does not read the department, and Bogotá is no department
        mvc.perform(get("/api/v1/dashboard/department").param("jurisdiction", "54")
                .with(httpBasic("cucuta", "minga2026"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dashboard/department").param("jurisdiction", "11001")
                .with(httpBasic("distrito", "minga2026"))).andExpect(status().isBadRequest());
    }

    @Test
    void aDepartmentalUserSeesNoPersonalDatum() throws Exception {
        String body = mvc.perform(get("/api/v1/dashboard/department").with(httpBasic(USER, "minga2026")))
                .andReturn().getResponse().getContentAsString();
        String cucutaPerson = jdbc.sql("""
                select p.last_name from person p join jurisdiction j on j.id = p.jurisdiction_id
                 where j.code = '54001' order by p.id limit 1""").query(String.class).single();
        assertThat(body).doesNotContain(cucutaPerson);
        // the pages and API of personal data refuse the department (it reads figures only)
        for (String url : List.of("/api/v1/households", "/api/v1/board", "/households", "/board", "/search?q=a")) {
            mvc.perform(get(url).with(httpBasic(USER, "minga2026"))).andExpect(status().isForbidden());
        }
        // nor does it reach a municipality's territories or their room
        long cucuta = jdbc.sql("""
                select t.id from territory t join jurisdiction j on j.id = t.jurisdiction_id
                 where j.code = '54001' and t.parent_id is null""").query(Long.class).single();
        mvc.perform(get("/api/v1/dashboard").param("territory", String.valueOf(cucuta))
                .with(httpBasic(USER, "minga2026"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dashboard/needs").param("territory", String.valueOf(cucuta))
                .with(httpBasic(USER, "minga2026"))).andExpect(status().isNotFound());
        long access = jdbc.sql("select count(*) from personal_data_access where username = :u").param("u", USER)
                .query(Long.class).single();
        assertThat(access).as("nothing personal was read").isZero();
    }
}
