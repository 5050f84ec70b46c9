package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The home page: each role lands on its own pending work, with true counts, only within its reach and without a
 * person's name; a citizen who opens Minga's address gets the public services, participation and the bank.
 */
@MingaTest
class HomePageTests {

    /** The panels each demo role sees; every other panel title must be absent from its home. */
    private static final Map<String, List<String>> PANELS = Map.of(
            "campo.suba", List.of("Visitas por hacer", "Alertas abiertas", "Acciones de planes de cuidado"),
            "salud.bogota", List.of("Bandeja de su entidad"),
            "local.suba", List.of("Compromisos vencidos", "Barreras abiertas", "Canalizaciones vencidas sin respuesta",
                    "Programas de formación en curso"),
            "evaluador", List.of("Prácticas por evaluar"),
            "privacidad.bogota", List.of("Solicitudes de titulares por responder"),
            "admin",
            List.of("Importaciones con errores o en curso", "Cuentas que no pueden ingresar", "Jurisdicciones"),
            "consulta.kennedy", List.of());

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    String home(String username) throws Exception {
        return mvc.perform(get("/").with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void eachRoleLandsOnItsOwnWorkAndNoTextKeyIsLeftRaw() throws Exception {
        List<String> all = PANELS.values().stream().flatMap(List::stream).toList();
        for (var entry : PANELS.entrySet()) {
            String page = home(entry.getKey());
            assertThat(page).as(entry.getKey()).doesNotContain("??");
            for (String title : all) {
                if (entry.getValue().contains(title)) {
                    assertThat(page).as(entry.getKey() + " sees " + title).contains(">" + title + "<");
                } else {
                    assertThat(page).as(entry.getKey() + " does not see " + title).doesNotContain(">" + title + "<");
                }
            }
            // the areas of the menu are described in words on every home
            assertThat(page).contains("Áreas de trabajo");
        }
    }

    @Test
    void careSettingsAreInTheMenuOfThoseWhoReadPersonalDataAndOnlyTheirs() throws Exception {
        for (String reader : List.of("campo.suba", "local.suba")) {
            assertThat(home(reader)).as(reader).contains("href=\"/care-settings\"").contains(">Entornos cuidadores<")
                    .contains("Entornos cuidadores (educativo, laboral, comunitario, institucional)");
        }
        for (String other : List.of("consulta.kennedy", "salud.bogota", "evaluador")) {
            assertThat(home(other)).as(other).doesNotContain("href=\"/care-settings\"");
        }
    }

    @Test
    void aFieldWorkerSeesTheOpenAlertsOfTheirTerritoryCountedTrulyAndNoNames() throws Exception {
        String suba = jdbc.sql("select t.path from territory t join jurisdiction j on j.id = t.jurisdiction_id"
                + " where j.code = '11001' and t.code = '11'").query(String.class).single();
        long open = jdbc
                .sql("select count(*) from alert where territory_path like :p and status in ('ABIERTA', 'EN_GESTION')")
                .param("p", suba + "%").query(Long.class).single();
        assertThat(open).as("the demo has open alerts in Suba").isPositive();
        String page = home("campo.suba");
        assertThat(count(page, "Alertas abiertas")).isEqualTo(open);
        // every household listed is one of Suba's, and the home shows none of their members' names
        Matcher m = Pattern.compile("href=\"/households/(\\d+)\"").matcher(page);
        int listed = 0;
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            assertThat(jdbc.sql("select territory_path from household where id = :id").param("id", id)
                    .query(String.class).single()).startsWith(suba);
            for (String name : jdbc.sql("select first_name || ' ' || last_name from person where household_id = :id")
                    .param("id", id).query(String.class).list()) {
                assertThat(page).doesNotContain(name);
            }
            listed++;
        }
        assertThat(listed).isPositive();
    }

    @Test
    void anOverdueAlertSaysSinceWhenInTheJurisdictionsDateFormat() throws Exception {
        long alert = jdbc
                .sql("""
                        select a.id from alert a join territory t on t.id = (select territory_id from household h where h.id = a.household_id)
                        where a.status = 'ABIERTA' and a.territory_path like (select path from territory s
                          join jurisdiction j on j.id = s.jurisdiction_id where j.code = '11001' and s.code = '11') || '%'
                        order by a.due_on, a.id limit 1""")
                .query(Long.class).single();
        java.time.LocalDate before = jdbc.sql("select due_on from alert where id = :id").param("id", alert)
                .query(java.time.LocalDate.class).single();
        jdbc.sql("update alert set due_on = date '2020-01-02' where id = :id").param("id", alert).update();
        try {
            assertThat(home("campo.suba")).contains("vencida el 02/01/2020");
        } finally {
            jdbc.sql("update alert set due_on = :d where id = :id").param("d", before).param("id", alert).update();
        }
    }

    @Test
    void aVisitDueIsListedWithItsDateAndOneOfAnotherTerritoryIsNot() throws Exception {
        long suba = jdbc.sql("""
                select h.id from household h where h.territory_path like (select path from territory s
                  join jurisdiction j on j.id = s.jurisdiction_id where j.code = '11001' and s.code = '11') || '%'
                order by h.id limit 1""").query(Long.class).single();
        long kennedy = jdbc.sql("""
                select h.id from household h where h.territory_path like (select path from territory s
                  join jurisdiction j on j.id = s.jurisdiction_id where j.code = '11001' and s.code = '08') || '%'
                order by h.id limit 1""").query(Long.class).single();
        java.time.LocalDate longAgo = Times.todayIn(jdbc.sql("select jurisdiction_id from household where id = :id")
                .param("id", suba).query(Long.class).single()).minusYears(30);
        jdbc.sql("update household set next_visit_on = :d where id in (:ids)").param("d", longAgo)
                .param("ids", List.of(suba, kennedy)).update();
        try {
            String page = home("campo.suba");
            assertThat(page).contains("href=\"/households/" + suba + "\"")
                    .doesNotContain("href=\"/households/" + kennedy + "\"")
                    .contains("vencida el " + Times.DATE.format(longAgo));
        } finally {
            jdbc.sql("update household set next_visit_on = null where id in (:ids)")
                    .param("ids", List.of(suba, kennedy)).update();
        }
    }

    @Test
    void anEvaluatorSeesTheAssignmentsWaitingForThem() throws Exception {
        long waiting = jdbc.sql("""
                select count(*) from practice_assignment a join practice_evaluator e on e.id = a.evaluator_id
                where e.username = 'evaluador' and a.status in ('ASIGNADA', 'SIN_CONFLICTO')""").query(Long.class)
                .single();
        assertThat(count(home("evaluador"), "Prácticas por evaluar")).isEqualTo(waiting);
    }

    @Test
    void entityStaffSeeTheirEntitysInboxByDeadlineWithoutThePersonsName() throws Exception {
        long waiting = jdbc
                .sql("""
                        select count(*) from referral r where r.actor_id in
                          (select s.actor_id from actor_staff s join app_user u on u.id = s.user_id where u.username = 'salud.bogota')
                          and r.status in ('SENT', 'RECEIVED', 'ACCEPTED', 'IN_ATTENTION')""")
                .query(Long.class).single();
        String page = home("salud.bogota");
        assertThat(count(page, "Bandeja de su entidad")).isEqualTo(waiting);
        for (String name : jdbc.sql("select subject_name from referral").query(String.class).list()) {
            assertThat(page).doesNotContain(name);
        }
    }

    @Test
    void aCitizenOpeningMingasAddressGetsThePublicHome() throws Exception {
        String page = mvc.perform(get("/")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("¿Qué servicios me corresponden?").contains("/directory/11001/eligibility")
                .contains("/bank").contains("href=\"/login\"").doesNotContain("??");
        for (String title : jdbc.sql("select s.title from survey s join jurisdiction j on j.id = s.jurisdiction_id"
                + " where j.code = '11001' and s.status = 'OPEN' order by s.created_at desc limit 8")
                .query(String.class).list()) {
            assertThat(page).contains("Encuesta: " + org.springframework.web.util.HtmlUtils.htmlEscape(title, "UTF-8"));
        }
        for (String title : jdbc.sql("select s.title from survey s join jurisdiction j on j.id = s.jurisdiction_id"
                + " where j.code = '11001' and s.status <> 'OPEN'").query(String.class).list()) {
            assertThat(page)
                    .doesNotContain(
                            "Encuesta: " + org.springframework.web.util.HtmlUtils.htmlEscape(title, "UTF-8") + "<");
        }
        String cucuta = jdbc.sql("select code from jurisdiction where name ilike '%cúcuta%'").query(String.class)
                .single();
        assertThat(mvc.perform(get("/").param("jurisdiction", cucuta)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("/directory/" + cucuta).doesNotContain("/directory/11001/");
        mvc.perform(get("/").param("jurisdiction", "99999")).andExpect(status().isNotFound());
    }

    /** The count badge next to a panel's title. */
    private static long count(String page, String title) {
        Matcher m = Pattern.compile(">" + Pattern.quote(title) + "</a>\\s*<span class=\"count\">(\\d+)</span>")
                .matcher(page);
        assertThat(m.find()).as("panel " + title).isTrue();
        return Long.parseLong(m.group(1));
    }

    /**
     * A panel reads its first rows in order and counts at most {@link WorkPanel#COUNTED} + 1 (issue 26): a district's
     * 1,500 open items read "más de 1.000" with the first five by date; three read as three.
     */
    @Test
    void aPanelCountsItsItemsUpToAThousandAndSaysMoreAboveIt() {
        String many = WorkPanel.firstRowsCounted("select g as id, date '2026-01-01' + g as due_on "
                + "from generate_series(1, 1500) g", "due_on, id", 5);
        List<Map<String, Object>> rows = jdbc.sql(many).query().listOfRows();
        assertThat(rows).extracting(r -> ((Number) r.get("id")).intValue()).containsExactly(1, 2, 3, 4, 5);
        long total = ((Number) rows.get(0).get("total")).longValue();
        assertThat(total).isEqualTo(WorkPanel.COUNTED + 1);
        assertThat(new WorkPanel.WorkList("Lista", "/x", total, List.of(), "Nada").capped()).isTrue();

        List<Map<String, Object>> few = jdbc
                .sql(WorkPanel.firstRowsCounted("select g as id, date '2026-01-01' - g as due_on "
                        + "from generate_series(1, 3) g", "due_on, id", 5))
                .query().listOfRows();
        assertThat(few).extracting(r -> ((Number) r.get("id")).intValue()).containsExactly(3, 2, 1);
        assertThat(((Number) few.get(0).get("total")).longValue()).isEqualTo(3);
        assertThat(new WorkPanel.WorkList("Lista", "/x", 3, List.of(), "Nada").capped()).isFalse();
    }
}
