package org.minga.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.planning.IndicatorSourcesSql;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Needs crossed with the assets, the offer and the response (issue 22): every cell is a direct count. */
@MingaTest
class NeedsResponseTests {

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

    double byHand(String key, long j, String path, LocalDate from, LocalDate to) {
        return jdbc.sql(IndicatorSourcesSql.BY_HAND.get(key)).param("j", j).param("prefix", path + "%")
                .param("path", path).param("from", from).param("to", to).query(Number.class).single().doubleValue();
    }

    JsonNode crossing(String user, long territory, LocalDate from, LocalDate to) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/dashboard/needs").param("territory", String.valueOf(territory))
                .param("from", from.toString()).param("to", to.toString()).with(httpBasic(user, "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theCrossingOfNeedsAndResponseEqualsDirectCountsOverTheBaseTables() throws Exception {
        LocalDate from = LocalDate.now().minusYears(3);
        LocalDate to = LocalDate.now().plusMonths(1);
        JsonNode c = crossing("distrito", territory("11001"), from, to);
        long j = c.at("/territory/jurisdictionId").asLong();
        JsonNode columns = c.get("columns");
        assertThat(columns).extracting(x -> x.get("key").asText()).containsExactly("household.open-alerts",
                "household.open-care-needs", "actor.social-assets", "offer.services", "referral.answered",
                "attention.count", "governance.commitments-fulfilled");
        double districtNeeds = 0;
        int rows = 0;
        for (JsonNode row : c.get("children")) {
            String path = jdbc.sql("select path from territory where id = :id")
                    .param("id", row.get("territoryId").asLong()).query(String.class).single();
            double needs = 0;
            double response = 0;
            for (int i = 0; i < columns.size(); i++) {
                String key = columns.get(i).get("key").asText();
                double expected = byHand(key, j, path, from, to);
                assertThat(row.get("values").get(i).asDouble()).as(key + " at " + row.get("name").asText())
                        .isCloseTo(expected, within(1e-9));
                String group = columns.get(i).get("group").asText();
                needs += group.equals("NEED") ? expected : 0;
                response += group.equals("RESPONSE") ? expected : 0;
            }
            assertThat(row.get("needsWithoutResponse").asBoolean()).as(row.get("name").asText())
                    .isEqualTo(needs > 0 && response == 0);
            districtNeeds += needs;
            rows++;
        }
        assertThat(rows).as("the district's zones").isGreaterThan(1);
        String districtPath = c.at("/territory/path").asText();
        assertThat(c.at("/total/needs").asDouble()).isEqualTo(byHand("household.open-alerts", j, districtPath, from, to)
                + byHand("household.open-care-needs", j, districtPath, from, to));
        assertThat(c.at("/total/needs").asDouble()).as("the demo has needs").isGreaterThan(0)
                .isGreaterThanOrEqualTo(districtNeeds);
        // the needs by category: the open alerts by kind of rule, each a direct count, adding up to all open alerts
        double byKind = 0;
        for (JsonNode cat : c.get("categories")) {
            double expected = byHand(cat.get("key").asText(), j, districtPath, from, to);
            assertThat(cat.get("value").asDouble()).as(cat.get("key").asText()).isEqualTo(expected);
            byKind += expected;
        }
        assertThat(byKind).isEqualTo(byHand("household.open-alerts", j, districtPath, from, to));
    }

    @Test
    void aTerritoryWithNeedsAndNoResponseIsFlaggedAndTheCrossingStaysInTheUsersTerritory() throws Exception {
        LocalDate from = LocalDate.now().minusYears(3);
        LocalDate to = LocalDate.now().plusMonths(1);
        // a period with no response at all (before anything was answered) and the needs still open at its end
        LocalDate early = LocalDate.of(2000, 1, 1);
        JsonNode suba = crossing("local.suba", territory("11"), from, to);
        assertThat(suba.at("/territory/code").asText()).isEqualTo("11");
        for (JsonNode row : suba.get("children")) {
            assertThat(row.get("needsWithoutResponse").asBoolean())
                    .isEqualTo(row.get("needs").asDouble() > 0 && row.get("response").asDouble() == 0);
        }
        assertThat(suba.toString()).doesNotContain("document").doesNotContain("firstName");
        long alert = jdbc.sql("select min(id) from alert where status <> 'CERRADA' and territory_path like :p")
                .param("p", suba.at("/territory/path").asText() + "%").query(Long.class).single();
        java.time.OffsetDateTime created = jdbc.sql("select created_at from alert where id = :id").param("id", alert)
                .query(java.time.OffsetDateTime.class).single();
        jdbc.sql("update alert set created_at = timestamptz '1999-06-01 10:00-05' where id = :id").param("id", alert)
                .update();
        try {
            JsonNode old = crossing("local.suba", territory("11"), early, early.plusDays(1));
            assertThat(old.at("/total/needs").asDouble()).isGreaterThan(0);
            assertThat(old.at("/total/response").asDouble()).isZero();
            assertThat(old.at("/total/needsWithoutResponse").asBoolean()).isTrue();
        } finally {
            jdbc.sql("update alert set created_at = :c where id = :id").param("c", created).param("id", alert).update();
        }
        mvc.perform(get("/api/v1/dashboard/needs").param("territory", String.valueOf(territory("08")))
                .with(httpBasic("local.suba", "minga2026"))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/needs").with(httpBasic("local.suba", "minga2026"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Necesidades frente a la respuesta: Suba")));
    }
}
