package org.minga.training;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * Issue 20, point 8: the figures planning and the situation room receive, split as the issue asks: people trained
 * by audience and by capacity type, and technical assistance to the priority territories next to all of it.
 */
@MingaTest
class TrainingFiguresTests extends TrainingTestBase {

    @Autowired
    List<IndicatorSource> sources;

    double value(String key, String path) {
        IndicatorSource s = sources.stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        LocalDate today = TrainingCalls.today();
        return s.values(bogota(), List.of(path), today.minusDays(1), today.plusDays(1)).get(path);
    }

    long bogota() {
        return jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single();
    }

    String path(String code) {
        return jdbc.sql("select path from territory where jurisdiction_id = :j and code = :c").param("j", bogota())
                .param("c", code).query(String.class).single();
    }

    @Test
    void aPersonWhoCompletesCountsInTheProgrammesAudienceAndInTheTypesOfItsCapacitiesOnly() throws Exception {
        String suba = path("11");
        String[] keys = {"training.people-trained.audience.extramural-teams",
                "training.people-trained.audience.surveyors", "training.people-trained.capacity.technical",
                "training.people-trained.capacity.analytical", "training.people-trained"};
        double[] before = new double[keys.length];
        for (int k = 0; k < keys.length; k++) {
            before[k] = value(keys[k], suba);
        }
        String s = TrainingCalls.suffix();
        String capacity = api.capacity("T-FIG-" + s, "EXTRAMURAL_TEAMS"); // of kind técnica
        long programme = api.openProgramme("local.suba", "11", "T-FIG-" + s, capacity, 100, null);
        long session = api.session("local.suba", programme, TrainingCalls.today());
        long[] ana = api.person("Ana", "Cifras", "F", null, "1992-03-04");
        api.attend("local.suba", session, ana[0], 5);
        api.ok(post("/api/v1/training-participants/" + api.participant(programme, ana[0]) + "/completion"),
                "local.suba", null);

        double[] expectedGrowth = {1, 0, 1, 0, 1};
        for (int k = 0; k < keys.length; k++) {
            assertThat(value(keys[k], suba) - before[k]).as(keys[k]).isEqualTo(expectedGrowth[k]);
        }
        JsonNode room = api.ok(get("/api/v1/dashboard").param("indicator", keys[0]), "distrito", null);
        assertThat(room.toString()).contains("Personas formadas: equipos básicos extramurales")
                .contains("Personas formadas en capacidades de tipo técnica")
                .contains("Asistencias técnicas a territorios priorizados");
    }

    @Test
    void assistanceToATerritoryTheLatestPrioritisationRanksFirstCountsAsPriorityAndToTheLastDoesNot()
            throws Exception {
        List<Map<String, Object>> ranked = jdbc.sql("""
                select t.code, t.path, r.rank from prioritization_result r join territory t on t.id = r.territory_id
                 where r.run_id = (select id from prioritization_run where jurisdiction_id = :j
                                   order by created_at desc, id desc limit 1) and r.rank is not null
                 order by r.rank""").param("j", bogota()).query().listOfRows();
        assertThat(ranked).as("the demo ranks Bogotá's territories").hasSizeGreaterThan(3);
        Map<String, Object> first = ranked.get(0);
        Map<String, Object> last = ranked.get(ranked.size() - 1);
        String district = path("11001");
        String all = "training.technical-assistance";
        String priority = "training.technical-assistance.priority-territories";
        double allBefore = value(all, district);
        double priorityBefore = value(priority, district);
        double firstBefore = value(priority, (String) first.get("path"));

        for (Map<String, Object> t : List.of(first, last)) {
            api.ok(post("/api/v1/technical-assistance"), "distrito", Map.of("jurisdiction", "11001", "territory",
                    t.get("code"), "kind", "VISIT", "topic", "Acompañamiento al plan local",
                    "heldOn", TrainingCalls.today().toString(), "responsible", "Equipo distrital"));
        }

        assertThat(value(all, district) - allBefore).as("all territories").isEqualTo(2);
        assertThat(value(priority, district) - priorityBefore).as("priority territories only").isEqualTo(1);
        assertThat(value(priority, (String) first.get("path")) - firstBefore).isEqualTo(1);
        assertThat(value(priority, (String) last.get("path"))).isZero();
    }
}
