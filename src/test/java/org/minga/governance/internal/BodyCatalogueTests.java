package org.minga.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minga.governance.internal.InputPackTests.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.Jurisdictions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 004's bodies: types from a catalogue per jurisdiction (data, extended by each jurisdiction), two-tier bodies
 * (the Mesa MAS Bienestar's mesa gerencia and mesa técnica) and temporary units that close on their end date.
 */
@MingaTest
class BodyCatalogueTests extends GovernanceTestBase {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Bogota"));

    @Autowired
    TemporaryUnits units;
    @Autowired
    Jurisdictions jurisdictions;

    static List<String> texts(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void eachJurisdictionHasItsCountrysTypesAndAddsItsOwnThatOthersDoNotSee() throws Exception {
        JsonNode bogota = call(get("/api/v1/body-types?jurisdiction=11001"), "distrito", null, 200);
        assertThat(texts(bogota, "name")).contains("Consejo de Gobierno Distrital", "Consejo Distrital de Seguridad",
                "Consejo Local de Política Social (CLOPS/UAT)", "Unidad Técnica de Apoyo", "Mesa técnica sectorial",
                "Mesa comunitaria", "Mesa de gerencia", "Mesa técnica");
        JsonNode sanAntonio = call(get("/api/v1/body-types?jurisdiction=05601"), "admin", null, 200);
        assertThat(texts(sanAntonio, "name")).contains("Concejo Municipal", "Unidad Técnica de Apoyo")
                .doesNotContain("Junta Administradora Local (JAL)", "Consejo de Gobierno Distrital");
        for (JsonNode t : bogota) {
            assertThat(t.get("temporary").asBoolean()).as(t.get("code").asText())
                    .isEqualTo(t.get("code").asText().equals("SUPPORT_TECHNICAL_UNIT"));
        }

        String code = unique("MESA_NINEZ").replace('-', '_');
        JsonNode added = call(post("/api/v1/body-types"), "distrito",
                Map.of("jurisdiction", "11001", "code", code, "name", "Mesa temática de niñez " + code), 201);
        assertThat(added.get("temporary").asBoolean()).isFalse();
        // a local team does not change the jurisdiction's catalogue; a repeated code is refused by its field
        call(post("/api/v1/body-types"), "local.suba",
                Map.of("jurisdiction", "11001", "code", unique("X").replace('-', '_'), "name", "Otra"), 403);
        JsonNode repeated = call(post("/api/v1/body-types"), "distrito",
                Map.of("jurisdiction", "11001", "code", code, "name", "Otra"), 400);
        assertThat(repeated.toString()).contains("code", "Ya existe el tipo de instancia " + code);

        // Bogotá's new type names a body by its code or its name; in Cúcuta it is not in the catalogue
        JsonNode body = call(post("/api/v1/bodies"), "distrito", Map.of("code", unique("MTN"), "name",
                "Mesa temática de niñez", "type", "Mesa temática de niñez " + code, "level", "macro",
                "territoryCode", "11001", "periodicity", "mensual"), 201);
        assertThat(body.get("type").asText()).isEqualTo(code);
        assertThat(body.get("typeName").asText()).isEqualTo("Mesa temática de niñez " + code);
        JsonNode refused = call(post("/api/v1/bodies"), "cucuta", Map.of("code", unique("MTN"), "name", "Mesa",
                "type", code, "level", "macro", "territoryCode", "54001", "periodicity", "mensual"), 400);
        assertThat(refused.toString()).contains("type", "no está en el catálogo de San José de Cúcuta");

        String page = mvc.perform(get("/governance/body-types").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("distrito", "minga2026")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Consejo de Gobierno Distrital", "Mesa temática de niñez " + code);
    }

    @Test
    void theMesaMasBienestarSitsInTwoTiersAtMacroLevelAndATierCannotHaveTiers() throws Exception {
        long mas = call(get("/api/v1/bodies?q=MESA-MAS&size=5"), "distrito", null, 200).get("items").get(0).get("id")
                .asLong();
        JsonNode detail = call(get("/api/v1/bodies/" + mas), "distrito", null, 200);
        assertThat(detail.at("/body/level").asText()).isEqualTo("MACRO");
        assertThat(texts(detail.get("tiers"), "name")).containsExactly("Mesa MAS Bienestar – mesa gerencia",
                "Mesa MAS Bienestar – mesa técnica");
        assertThat(texts(detail.get("children"), "code")).doesNotContain("MESA-MAS-GER", "MESA-MAS-TEC");
        JsonNode tier = detail.get("tiers").get(1);
        assertThat(tier.get("tierOfName").asText()).isEqualTo(detail.at("/body/name").asText());
        assertThat(tier.get("parentId").asLong()).as("a tier escalates where its main body does")
                .isEqualTo(detail.at("/body/parentId").asLong());

        Map<String, Object> tierOfTier = new HashMap<>(Map.of("code", unique("T"), "name", "Subnivel", "type",
                "TECHNICAL_TABLE", "level", "macro", "territoryCode", "11001", "periodicity", "mensual", "tierOfCode",
                "MESA-MAS-TEC"));
        assertThat(call(post("/api/v1/bodies"), "distrito", tierOfTier, 400).toString()).contains("tierOfCode",
                "ya es un nivel de otra instancia");
        tierOfTier.put("tierOfCode", "MESA-MAS");
        tierOfTier.put("level", "meso");
        assertThat(call(post("/api/v1/bodies"), "distrito", tierOfTier, 400).toString()).contains("tierOfCode",
                "mismo nivel de gestión");

        String page = mvc.perform(get("/governance/bodies/" + mas).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("distrito", "minga2026")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Niveles de la instancia", "Mesa MAS Bienestar – mesa técnica");
    }

    @Test
    void aTemporaryUnitServesAnExerciseUntilItsEndDateAndClosesOnIt() throws Exception {
        Map<String, Object> form = new HashMap<>(Map.of("code", unique("UTA"), "name", "Unidad Técnica de Apoyo niñez",
                "type", "Unidad Técnica de Apoyo", "level", "micro", "territoryCode", "11", "parentCode", "MLAPS-11",
                "periodicity", "semanal"));
        assertThat(call(post("/api/v1/bodies"), "local.suba", form, 400).toString()).contains("endsOn",
                "es una unidad temporal: indique la fecha en que se cierra");
        LocalDate ends = TODAY.plusDays(20);
        form.put("endsOn", ends.toString());
        form.put("exerciseCode", "EJD-SUBA-RINCON");
        JsonNode unit = call(post("/api/v1/bodies"), "local.suba", form, 201);
        long id = unit.get("id").asLong();
        assertThat(unit.at("/term/endsOn").asText()).isEqualTo(ends.toString());
        assertThat(unit.at("/term/exerciseName").asText()).isEqualTo("Ejercicio demostrativo El Rincón");

        // the calendar stops at the end date; a session after it is refused by its field
        JsonNode cal = call(post("/api/v1/bodies/" + id + "/calendar"), "local.suba",
                Map.of("from", TODAY.plusDays(1).toString(), "until", TODAY.plusDays(60).toString()), 200);
        assertThat(cal.get("created").asInt()).isEqualTo(3);
        assertThat(call(post("/api/v1/sessions"), "local.suba",
                Map.of("bodyId", id, "startsAt", ends.plusDays(1) + "T09:00:00"), 400).toString())
                        .contains("startsAt", "se cierra el " + ends);
        call(post("/api/v1/sessions"), "local.suba", Map.of("bodyId", id, "startsAt", ends + "T15:00:00"), 201);

        // the day before it stays; on its end date it closes: no longer active, no more sessions
        assertThat(units.closeEnded(jurisdictions.byCode("11001").orElseThrow(), ends.minusDays(1))).doesNotContain(id);
        assertThat(units.closeEnded(jurisdictions.byCode("11001").orElseThrow(), ends)).contains(id);
        JsonNode closed = call(get("/api/v1/bodies/" + id), "local.suba", null, 200);
        assertThat(closed.at("/body/active").asBoolean()).isFalse();
        assertThat(closed.at("/body/term/closedOn").asText()).isEqualTo(ends.toString());
        assertThat(call(post("/api/v1/sessions"), "local.suba",
                Map.of("bodyId", id, "startsAt", ends + "T09:00:00"), 409).toString()).contains("se cerró el " + ends);
        JsonNode demo = call(get("/api/v1/bodies?q=UTA-RINCON"), "local.suba", null, 200).get("items").get(0);
        assertThat(demo.at("/term/exerciseName").asText()).isEqualTo("Ejercicio demostrativo El Rincón");
    }
}
