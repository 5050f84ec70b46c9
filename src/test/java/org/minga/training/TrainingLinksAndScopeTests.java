package org.minga.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.FieldError;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 20's last points: what a programme accompanies is a record of governance, fairs or planning chosen with a
 * picker and linked from its page; the programme page edits a planned or open programme and says in Spanish that a
 * closed one no longer changes; gender identity among the diversity shares; an official's capacities only within
 * the reader's territory; the figures page maps the trained agents per territory.
 */
@MingaTest
class TrainingLinksAndScopeTests extends TrainingTestBase {

    @Test
    void aProgrammeAccompaniesABodyChosenFromThePickerAndItsPageLinksToIt() throws Exception {
        long body = jdbc.sql("""
                select b.id from gov_body b join jurisdiction j on j.id = b.jurisdiction_id
                 where j.code = '11001' and b.code = 'MESA-MAS'""").query(Long.class).single();
        String bodyName = jdbc.sql("select name from gov_body where id = :b").param("b", body).query(String.class)
                .single();
        String choices = api.send(get("/choices/training-accompanied").param("q", "mesa mas"), "local.suba", null)
                .text();
        assertThat(choices).contains("data-value=\"body:" + body + "\"").contains(bodyName).contains("Instancia");
        assertThat(api.send(get("/choices/training-accompanied").param("q", "mesa mas"), "consulta.kennedy", null)
                .status()).isEqualTo(403);

        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-ACC-" + s, "EXTRAMURAL_TEAMS");
        Map<String, Object> p = TrainingCalls.programme("11", "T-ACC-" + s, capacity);
        p.put("accompanies", "Momento de implementación");
        p.put("accompaniedRecord", "body:" + body);
        long id = api.ok(post("/api/v1/training-programmes"), "local.suba", p).get("id").asLong();
        String page = api.send(get("/training/programmes/" + id), "local.suba", null).text();
        assertThat(page).contains("href=\"/governance/bodies/" + body + "\"").contains(bodyName)
                .contains("Momento de implementación");

        // a record that does not exist, or is of another jurisdiction, is refused naming the field
        long cucutaFair = jdbc.sql("""
                select f.id from fair f join jurisdiction j on j.id = f.jurisdiction_id where j.code = '54001'
                 order by f.id limit 1""").query(Long.class).single();
        for (String wrong : List.of("body:999999999", "fair:" + cucutaFair, "Ninguna instancia con este nombre")) {
            p.put("code", "T-ACC2-" + s);
            p.put("accompaniedRecord", wrong);
            TrainingCalls.Answer refused = api.send(post("/api/v1/training-programmes"), "local.suba", p);
            assertThat(refused.status()).as(wrong).isEqualTo(400);
            assertThat(refused.body().get("errors").toString()).as(wrong)
                    .contains("\"field\":\"accompaniedRecord\"").contains("No existe");
        }
    }

    @Test
    void theProgrammePageEditsAPlannedOrOpenProgrammeAndSaysInSpanishThatAClosedOneNoLongerChanges()
            throws Exception {
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-PED-" + s, "OFFICIALS");
        long id = api.openProgramme("local.suba", "11", "T-PED-" + s, capacity, 80, null);
        assertThat(api.send(get("/training/programmes/" + id), "local.suba", null).text())
                .contains("Modificar el programa").contains("action=\"/training/programmes/" + id + "\"");
        assertThat(api.send(get("/training/programmes/" + id), "consulta.kennedy", null).text())
                .doesNotContain("Modificar el programa");

        MvcResult saved = edit(id, "Programa corregido en la página " + s, "16");
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/training/programmes/" + id);
        assertThat(saved.getFlashMap().get("notice")).isEqualTo("Programa modificado.");
        JsonNode now = api.ok(get("/api/v1/training-programmes/" + id), "local.suba", null);
        assertThat(now.get("name").asText()).isEqualTo("Programa corregido en la página " + s);
        assertThat(now.get("plannedHours").decimalValue()).isEqualByComparingTo("16");

        MvcResult bad = edit(id, "Otro nombre", "0");
        assertThat(messages(bad)).anyMatch(m -> m.contains("horas planeadas"));
        assertThat(api.ok(get("/api/v1/training-programmes/" + id), "local.suba", null).get("name").asText())
                .isEqualTo("Programa corregido en la página " + s);

        api.ok(post("/api/v1/training-programmes/" + id + "/close"), "local.suba", null);
        String closedPage = api.send(get("/training/programmes/" + id), "local.suba", null).text();
        assertThat(closedPage).contains("El programa está cerrado: ya no se puede modificar.")
                .doesNotContain("Modificar el programa");
        MvcResult refused = edit(id, "Tarde", "16");
        assertThat(messages(refused)).anyMatch(m -> m.contains("ya no se puede modificar"));
        assertThat(api.ok(get("/api/v1/training-programmes/" + id), "local.suba", null).get("name").asText())
                .isEqualTo("Programa corregido en la página " + s);
    }

    @Test
    void genderIdentityIsAmongTheDiversitySharesAndAFiguresOnlyRoleSeesNoPerson() throws Exception {
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-GEN-" + s, "COMMUNITY_AGENTS");
        long programme = api.openProgramme("distrito", "11001", "T-GEN-" + s, capacity, 80, null);
        long session = api.session("distrito", programme, TrainingCalls.today().minusDays(1));
        long[][] people = {api.person("Valentina", "Identidad Uno", "M", "Mujer trans", null, "1990-01-01"),
                api.person("Sara", "Identidad Dos", "F", "Mujer cisgénero", null, "1992-01-01"),
                api.person("Luis", "Identidad Tres", "M", null, null, "1993-01-01")};
        for (long[] p : people) {
            api.attend("distrito", session, p[0], 5);
        }
        Map<String, Long> byIdentity = new HashMap<>();
        JsonNode shares = api.ok(get("/api/v1/training-programmes/" + programme + "/diversity"), "consulta.kennedy",
                null);
        for (JsonNode sh : shares) {
            if (sh.get("dimension").asText().equals("identidad de género")) {
                byIdentity.put(sh.get("value").asText(), sh.get("count").asLong());
            }
        }
        Map<String, Long> expected = new HashMap<>();
        jdbc.sql("""
                select coalesce(p.gender_identity, 'no informado'), count(distinct p.id) from training_attendance a
                  join training_participant x on x.id = a.participant_id join person p on p.id = x.person_id
                 where x.programme_id = :prog group by 1""").param("prog", programme)
                .query((rs, n) -> expected.put(rs.getString(1), rs.getLong(2))).list();
        assertThat(byIdentity).isEqualTo(expected)
                .isEqualTo(Map.of("Mujer trans", 1L, "Mujer cisgénero", 1L, "no informado", 1L));
        String page = api.send(get("/training/programmes/" + programme), "consulta.kennedy", null).text();
        assertThat(page).contains("identidad de género").contains("Mujer trans");
        for (String name : List.of("Valentina", "Sara", "Luis", "Identidad Uno")) {
            assertThat(page).doesNotContain(name);
        }
    }

    @Test
    void anOfficialsCapacitiesAreReadOnlyWithinTheReadersTerritory() throws Exception {
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-OFF-" + s, "OFFICIALS");
        long programme = api.openProgramme("local.suba", "11", "T-OFF-" + s, capacity, 100, null);
        long session = api.session("local.suba", programme, TrainingCalls.today());
        api.ok(post("/api/v1/training-sessions/" + session + "/attendance"), "local.suba",
                Map.of("username", "campo.suba", "name", "Equipo de campo Suba"));
        long participant = jdbc.sql("""
                select x.id from training_participant x join app_user u on u.id = x.user_id
                 where x.programme_id = :p and u.username = 'campo.suba'""").param("p", programme)
                .query(Long.class).single();
        api.ok(post("/api/v1/training-participants/" + participant + "/completion"), "local.suba", null);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.ok(get("/api/v1/capacities/holdings").param("user", "campo.suba"), "local.suba", null)
                        .toString()).contains(capacity));
        assertThat(api.ok(get("/api/v1/capacities/holdings").param("user", "campo.suba"), "distrito", null)
                .toString()).contains(capacity);
        // a local user of another jurisdiction, or of Suba asking for the district's official: as if none existed
        TrainingCalls.Answer other = api.send(get("/api/v1/capacities/holdings").param("user", "campo.suba"),
                "cucuta", null);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body().get("detail").asText()).contains("fuera de su alcance territorial")
                .doesNotContain(capacity);
        assertThat(api.send(get("/api/v1/capacities/holdings").param("user", "distrito"), "local.suba", null)
                .status()).isEqualTo(404);
    }

    @Test
    void theFiguresPageMapsTheTrainedAgentsOfEachTerritory() throws Exception {
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-MAP-" + s, "COMMUNITY_AGENTS");
        long programme = api.openProgramme("local.suba", "11", "T-MAP-" + s, capacity, 100, null);
        long session = api.session("local.suba", programme, TrainingCalls.today());
        long[] agent = api.person("Mario", "Mapa Formado", "M", null, "1980-01-01");
        api.attend("local.suba", session, agent[0], null);
        api.ok(post("/api/v1/training-participants/" + api.participant(programme, agent[0]) + "/completion"),
                "local.suba", null);

        long bogota = territory("11001");
        long suba = territory("11");
        long zone = jdbc.sql("select parent_id from territory where id = :t").param("t", suba).query(Long.class)
                .single();
        long trainedInSuba = trained(suba);
        assertThat(trainedInSuba).isPositive();
        String page = api.send(get("/training/figures").param("territory", String.valueOf(bogota)), "distrito",
                null).text();
        assertThat(page).contains("id=\"dash-map\"").contains("/api/v1/territories/geometry?parent=" + bogota)
                .containsPattern("data-values=\"[^\"]*\\b" + zone + ":" + trained(zone) + "\\b")
                .contains("data-territory=\"" + zone + "\"").doesNotContain("Mario");
        // a click on the zone: its localidades, Suba with its trained agents
        assertThat(api.send(get("/training/figures").param("territory", String.valueOf(zone)), "distrito", null)
                .text()).containsPattern("data-values=\"[^\"]*\\b" + suba + ":" + trainedInSuba + "\\b");
        // a local user lands on their own territory; a territory outside their reach is not shown
        assertThat(api.send(get("/training/figures"), "local.suba", null).text())
                .contains(trainedInSuba + " agentes formados en Suba");
        assertThat(api.send(get("/training/figures").param("territory", String.valueOf(bogota)), "local.suba", null)
                .status()).isEqualTo(404);
        assertThat(api.send(get("/training"), "distrito", null).text()).contains("href=\"/training/figures\"");
    }

    /** People who completed a programme in the territory's subtree, counted straight from the participants. */
    private long trained(long territory) {
        return jdbc.sql("""
                select count(distinct coalesce(x.person_id, -x.user_id)) from training_participant x
                  join territory t on t.id = :t
                 where x.jurisdiction_id = t.jurisdiction_id and x.territory_path like t.path || '%'
                   and x.status = 'COMPLETED'""").param("t", territory).query(Long.class).single();
    }

    private long territory(String code) {
        return jdbc.sql("""
                select t.id from territory t join jurisdiction j on j.id = t.jurisdiction_id
                 where j.code = '11001' and t.code = :c""").param("c", code).query(Long.class).single();
    }

    /** The programme page's edit form, submitted as local.suba. */
    private MvcResult edit(long id, String name, String hours) throws Exception {
        return mvc.perform(post("/training/programmes/" + id).with(httpBasic("local.suba", "minga2026")).with(csrf())
                .param("name", name).param("objective", "Un objetivo corregido en la página.")
                .param("audience", "OFFICIALS").param("modality", "VIRTUAL").param("plannedHours", hours)
                .param("responsibleActor", "Alcaldía Local de Suba").param("minAttendancePercent", "80")
                .param("capacities", capacityOf(id)))
                .andReturn();
    }

    private String capacityOf(long id) {
        return jdbc.sql("""
                select c.code from training_programme_capacity pc join capacity c on c.id = pc.capacity_id
                 where pc.programme_id = :p limit 1""").param("p", id).query(String.class).single();
    }

    @SuppressWarnings("unchecked")
    private static List<String> messages(MvcResult r) {
        Object errors = r.getFlashMap().get("errors");
        return errors == null ? List.of() : ((List<FieldError>) errors).stream().map(FieldError::message).toList();
    }
}
