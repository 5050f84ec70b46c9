package org.minga.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;

/** A demonstration exercise carries its own indicators: baseline, target, measurements and progress. */
@MingaTest
class ExerciseIndicatorTests extends GovernanceTestBase {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Bogota"));

    @Test
    void anExerciseIndicatorIsMeasuredFromItsBaselineTowardsItsTarget() throws Exception {
        long ex = jdbc.sql("select id from gov_exercise where code = 'EJD-SUBA-RINCON'").query(Long.class).single();
        String base = "/api/v1/demonstration-exercises/" + ex + "/indicators";
        assertThat(call(post(base), "local.suba", Map.of("name", "Niñas y niños con esquema completo", "unit", "%",
                "higherBetter", true, "baseline", 60, "baselineOn", TODAY.minusMonths(1).toString(), "target", 40,
                "targetOn", TODAY.plusMonths(3).toString()), 400).toString()).contains("target",
                        "la meta es mayor que la línea base");
        JsonNode i = call(post(base), "local.suba", Map.of("name", "Niñas y niños con esquema completo", "unit", "%",
                "higherBetter", true, "baseline", 60, "baselineOn", TODAY.minusMonths(1).toString(), "target", 80,
                "targetOn", TODAY.plusMonths(3).toString()), 201);
        long id = i.get("id").asLong();
        String measure = base + "/" + id + "/measurements";
        assertThat(call(post(measure), "local.suba", Map.of("takenOn", TODAY.minusMonths(2).toString(), "value", 61,
                "version", i.get("version").asInt()), 400).toString()).contains("takenOn", "desde la fecha");
        i = call(post(measure), "local.suba", Map.of("takenOn", TODAY.minusDays(7).toString(), "value", 65,
                "version", i.get("version").asInt()), 200);
        i = call(post(measure), "local.suba", Map.of("takenOn", TODAY.toString(), "value", 70, "version",
                i.get("version").asInt()), 200);
        assertThat(i.get("progress").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(call(post(measure), "local.suba", Map.of("takenOn", TODAY.toString(), "value", 71, "version",
                i.get("version").asInt()), 400).toString()).contains("Ya hay una medición");
        call(post(measure), "consulta.kennedy", Map.of("takenOn", TODAY.toString(), "value", 1, "version", 0), 403);

        JsonNode list = call(get(base), "local.suba", null, 200);
        assertThat(list.toString()).contains("Hogares priorizados con ruta integrada", "Niñas y niños");
        String page = mvc.perform(get("/governance/exercises/" + ex).with(httpBasic("local.suba", "minga2026")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Indicadores del ejercicio", "Niñas y niños con esquema completo", "50");
    }
}
