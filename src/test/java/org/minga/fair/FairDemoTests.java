package org.minga.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The demo's 2024 Barrios con Bienestar fairs as seed 000 and issue 24 tell them: led by the DABS, referrals answered. */
@MingaTest
class FairDemoTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    JsonNode results(String fairCode) throws Exception {
        long id = jdbc.sql("select id from fair where code = :c").param("c", fairCode).query(Long.class).single();
        return json.readTree(mvc.perform(get("/api/v1/fairs/" + id + "/results").with(httpBasic("cucuta", "minga2026")))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void theReferralsMadeAtThe2024FairsWereAnsweredOnTheirResults() throws Exception {
        Map<String, Long> byStatus = new TreeMap<>();
        long referrals = 0;
        for (int i = 1; i <= 9; i++) {
            JsonNode r = results("BCB-2024-0" + i);
            referrals += r.get("referrals").asLong();
            for (JsonNode c : r.get("referralsByStatus")) {
                byStatus.merge(c.get("label").asText(), c.get("people").asLong(), Long::sum);
            }
        }
        assertThat(referrals).isEqualTo(27);
        assertThat(byStatus).doesNotContainKey("creada");
        assertThat(byStatus.get("cerrada")).isGreaterThan(referrals / 2);
        assertThat(byStatus).containsKeys("atendida", "rechazada");
        assertThat(byStatus.getOrDefault("aceptada", 0L) + byStatus.getOrDefault("en atención", 0L)).isPositive();
    }

    @Test
    void eachFairReferralIsAnsweredAfterItsFairAndNeverInTheFuture() {
        List<Map<String, Object>> rows = jdbc.sql("""
                select r.id, r.created_on, f.fair_date, r.status, r.counter_action, r.days_to_attention,
                  (select min((t.at at time zone 'America/Bogota')::date) from referral_transition t
                    where t.referral_id = r.id) as first_day,
                  (select max(t.at) from referral_transition t where t.referral_id = r.id) as last_at,
                  (select count(*) from referral_transition t where t.referral_id = r.id) as steps
                from referral r join fair_registration g on g.referral_id = r.id join fair f on f.id = g.fair_id
                where f.code like 'BCB-2024-%'""").query().listOfRows();
        assertThat(rows).hasSize(27);
        for (Map<String, Object> r : rows) {
            LocalDate fairDay = ((java.sql.Date) r.get("fair_date")).toLocalDate();
            assertThat(((java.sql.Date) r.get("created_on")).toLocalDate()).isEqualTo(fairDay);
            assertThat(((java.sql.Date) r.get("first_day")).toLocalDate()).isEqualTo(fairDay);
            assertThat(((java.sql.Timestamp) r.get("last_at")).toInstant()).isBefore(OffsetDateTime.now().toInstant());
            assertThat(((Number) r.get("steps")).intValue()).isGreaterThan(3);
            if (List.of("ATTENDED", "CLOSED").contains(r.get("status"))) {
                assertThat((String) r.get("counter_action")).isNotBlank();
                assertThat(((Number) r.get("days_to_attention")).intValue()).isBetween(1, 60);
            }
        }
    }

    @Test
    void barriosConBienestarIsLedByTheDepartamentoAdministrativoDeBienestarSocial() throws Exception {
        assertThat(results("BCB-2024-09").get("byEntity").findValuesAsText("label"))
                .anyMatch(l -> l.startsWith("Departamento Administrativo de Bienestar Social"));
        assertThat(jdbc.sql("select count(*) from actor where name like 'Secretaría de Bienestar Social%'")
                .query(Long.class).single()).isZero();
    }

    /**
     * Issue 22's demo: Cúcuta's barrios carry variables and a saved run, so the fair form lists first the barrio the
     * run ranks first; La Laguna has its shared diagnosis.
     */
    @Test
    void theFairFormOfCucutaListsFirstTheBarrioItsRunRanksFirstAndLaLagunaHasItsDiagnosis() throws Exception {
        String first = jdbc.sql("""
                select r.territory_name from prioritization_run pr
                  join jurisdiction j on j.id = pr.jurisdiction_id
                  join prioritization_result r on r.run_id = pr.id
                 where j.code = '54001' and pr.level_code = 'barrio' and r.rank = 1
                 order by pr.created_at desc, pr.id desc limit 1""").query(String.class).single();
        String form = mvc.perform(get("/fairs/new").with(httpBasic("cucuta", "minga2026"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        int select = form.indexOf("id=\"territoryId\"");
        assertThat(select).isPositive();
        java.util.regex.Matcher option = java.util.regex.Pattern
                .compile("<option value=\"\\d+\"[^>]*>([^<]*)</option>").matcher(form.substring(select));
        assertThat(option.find()).isTrue();
        assertThat(option.group(1)).contains(first).contains("puesto 1");
        assertThat(jdbc.sql("""
                select count(*) from territorial_diagnosis d join territory t on t.id = d.territory_id
                  join jurisdiction j on j.id = t.jurisdiction_id where j.code = '54001' and t.name = 'La Laguna'""")
                .query(Long.class).single()).isPositive();
    }
}
