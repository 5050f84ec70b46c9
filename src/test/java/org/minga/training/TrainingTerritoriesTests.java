package org.minga.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.planning.IndicatorSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 20, point 2: a programme takes place in several territories. It is in each one's list and readable by each
 * one's users, one row (and one count) for the district above them, managed only by who manages all of them; a
 * territory of another jurisdiction or outside the user's reach is refused on {@code territories}, in Spanish.
 */
@MingaTest
class TrainingTerritoriesTests extends TrainingTestBase {

    @Autowired
    List<IndicatorSource> sources;

    @Test
    void aProgrammeInTwoLocalidadesIsInEachOnesListAndCountsOnceForTheDistrict() throws Exception {
        long subaBefore = total("local.suba");
        long kennedyBefore = total("consulta.kennedy");
        long districtBefore = total("distrito");
        String bogotaRoot = jdbc.sql("""
                select t.path from territory t join jurisdiction j on j.id = t.jurisdiction_id
                 where j.code = '11001' and t.parent_id is null order by t.path limit 1""").query(String.class)
                .single();
        double trainedBefore = trained(bogotaRoot);

        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-TER-" + s, "EXTRAMURAL_TEAMS");
        Map<String, Object> p = TrainingCalls.programme(null, "T-TER-" + s, capacity);
        p.put("territories", List.of("11", "08"));
        JsonNode created = api.ok(post("/api/v1/training-programmes"), "distrito", p);
        long id = created.get("id").asLong();
        assertThat(created.get("territoryName").asText()).isEqualTo(name("11") + ", " + name("08"));
        assertThat(created.get("territoryPaths")).hasSize(2);

        assertThat(total("local.suba")).isEqualTo(subaBefore + 1);
        assertThat(total("consulta.kennedy")).isEqualTo(kennedyBefore + 1);
        assertThat(total("distrito")).as("once, not once per localidad").isEqualTo(districtBefore + 1);
        String page = api.send(get("/training/programmes/" + id), "consulta.kennedy", null).text();
        assertThat(page).contains("Territorios").contains(name("11") + ", " + name("08"));

        // Suba's team reads it but does not manage it alone: Kennedy is not theirs
        assertThat(api.send(get("/training/programmes/" + id), "local.suba", null).text())
                .doesNotContain("Modificar el programa");
        assertThat(api.send(post("/api/v1/training-programmes/" + id + "/open"), "local.suba", null).status())
                .isEqualTo(403);

        // a person trained in it counts once in the district's figures
        api.ok(post("/api/v1/training-programmes/" + id + "/open"), "distrito", null);
        long session = api.session("distrito", id, TrainingCalls.today());
        long[] ana = api.person("Ana", "Territorios", "F", null, "1990-05-06");
        api.attend("distrito", session, ana[0], 5);
        api.ok(post("/api/v1/training-participants/" + api.participant(id, ana[0]) + "/completion"), "distrito",
                null);
        assertThat(trained(bogotaRoot) - trainedBefore).isEqualTo(1);
    }

    @Test
    void aTerritoryOfAnotherJurisdictionOrOutOfReachIsRefusedOnTerritoriesInSpanish() throws Exception {
        String cucuta = jdbc
                .sql("""
                        select t.name from territory t join jurisdiction j on j.id = t.jurisdiction_id where j.code = '54001'
                           and not exists (select 1 from territory b join jurisdiction bj on bj.id = b.jurisdiction_id
                                            where bj.code = '11001' and (b.name_key = t.name_key or lower(b.code) = lower(t.name)))
                         order by t.id limit 1""")
                .query(String.class).single();
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-TEX-" + s, "EXTRAMURAL_TEAMS");
        Map<String, Object> p = TrainingCalls.programme(null, "T-TEX-" + s, capacity);
        p.put("territories", List.of("11", cucuta));
        TrainingCalls.Answer foreign = api.send(post("/api/v1/training-programmes"), "distrito", p);
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body().get("errors").toString()).contains("\"field\":\"territories\"")
                .contains("No existe el territorio «" + cucuta + "» en Bogotá");

        p.put("territories", List.of("11", "08"));
        TrainingCalls.Answer outOfReach = api.send(post("/api/v1/training-programmes"), "local.suba", p);
        assertThat(outOfReach.status()).isEqualTo(400);
        assertThat(outOfReach.body().get("errors").toString()).contains("\"field\":\"territories\"")
                .contains("El territorio «08» está fuera de su alcance territorial");
        assertThat(api.send(get("/api/v1/training-programmes").param("status", "PLANNED").param("size", "100"),
                "distrito", null).text()).doesNotContain("T-TEX-" + s);
    }

    @Test
    void theNewProgrammeFormTakesSeveralTerritoriesSeparatedByCommas() throws Exception {
        assertThat(api.send(get("/training"), "distrito", null).text())
                .contains("name=\"territories\"").contains("data-multiple=\"true\"");
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-TFO-" + s, "OFFICIALS");
        MvcResult r = mvc.perform(post("/training/programmes").with(httpBasic("distrito", "minga2026")).with(csrf())
                .param("jurisdiction", "11001").param("territories", "11, 08").param("code", "T-TFO-" + s)
                .param("name", "Programa en dos localidades " + s).param("objective", "Formar en dos localidades.")
                .param("audience", "OFFICIALS").param("modality", "VIRTUAL").param("plannedHours", "4")
                .param("responsibleActor", "Secretaría de Gobierno").param("capacities", capacity))
                .andReturn();
        assertThat(r.getFlashMap().get("errors")).isNull();
        String page = api.send(get(r.getResponse().getRedirectedUrl()), "local.suba", null).text();
        assertThat(page).contains(name("11") + ", " + name("08"));
    }

    @Test
    void aProgrammeMovesToOtherTerritoriesFromItsEditFormAndAForeignOneIsRefused() throws Exception {
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-TMV-" + s, "OFFICIALS");
        Map<String, Object> p = TrainingCalls.programme(null, "T-TMV-" + s, capacity);
        p.put("territories", List.of("11"));
        long id = api.ok(post("/api/v1/training-programmes"), "distrito", p).get("id").asLong();
        String edit = api.send(get("/training/programmes/" + id), "distrito", null).text();
        assertThat(edit).contains("id=\"e-territories\"").contains("value=\"11\"");

        MvcResult moved = edit(id, s, capacity, "08, 11");
        assertThat(moved.getFlashMap().get("errors")).isNull();
        assertThat(api.send(get("/training/programmes/" + id), "consulta.kennedy", null).text())
                .contains(name("08") + ", " + name("11"));
        assertThat(api.ok(get("/api/v1/training-programmes/" + id), "distrito", null).get("territoryCodes")
                .toString()).isEqualTo("[\"08\",\"11\"]");

        MvcResult refused = edit(id, s, capacity, "08, NO-EXISTE-" + s);
        assertThat(refused.getFlashMap().get("errors").toString()).contains("territories")
                .contains("No existe el territorio «NO-EXISTE-" + s + "» en Bogotá");
        assertThat(api.ok(get("/api/v1/training-programmes/" + id), "distrito", null).get("territoryCodes")
                .toString()).as("nothing half-written").isEqualTo("[\"08\",\"11\"]");
    }

    private MvcResult edit(long id, String s, String capacity, String territories) throws Exception {
        return mvc.perform(post("/training/programmes/" + id).with(httpBasic("distrito", "minga2026")).with(csrf())
                .param("territories", territories).param("name", "Programa que se mueve " + s)
                .param("objective", "Formar donde haga falta.").param("audience", "OFFICIALS")
                .param("modality", "VIRTUAL").param("plannedHours", "4")
                .param("responsibleActor", "Secretaría de Gobierno").param("capacities", capacity)).andReturn();
    }

    private long total(String user) throws Exception {
        return api.ok(get("/api/v1/training-programmes"), user, null).get("total").asLong();
    }

    private String name(String code) {
        return jdbc.sql("""
                select t.name from territory t join jurisdiction j on j.id = t.jurisdiction_id
                 where j.code = '11001' and t.code = :c""").param("c", code).query(String.class).single();
    }

    private double trained(String path) {
        IndicatorSource s = sources.stream().filter(x -> x.key().equals("training.people-trained")).findFirst()
                .orElseThrow();
        long bogota = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single();
        LocalDate today = TrainingCalls.today();
        return s.values(bogota, List.of(path), today.minusDays(1), today.plusDays(1)).get(path);
    }
}
