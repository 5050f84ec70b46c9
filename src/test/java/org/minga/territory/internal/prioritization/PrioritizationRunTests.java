package org.minga.territory.internal.prioritization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.Role;
import org.minga.platform.UserAccounts;
import org.minga.territory.internal.variable.VariableCatalog;
import org.minga.territory.internal.variable.TestVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Runs through the API and the pages on a jurisdiction of its own (99202): localidades 01 and 02 in zona A,
 * 03 and 04 in zona B; 04 lacks the coverage value for 2024.
 */
@MingaTest
class PrioritizationRunTests {

    static final String RUN = """
            {"jurisdiction": "99202", "level": "localidad", "year": 2024, "name": "Prueba de cruce",
             "variables": [{"code": "pobreza", "weight": 2}, {"code": "cobertura", "weight": 1}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    VariableCatalog catalog;
    @Autowired
    ObjectMapper json;

    TestJurisdiction place;
    UserDetails district;

    @BeforeEach
    void setUp() {
        place = TestJurisdiction.of("99202", jdbc, accounts, users);
        district = place.user("distrital", Role.DISTRICT, null);
        if (TestVariables.defineTwo(catalog, place.id, "99202")) {
            value("01", "pobreza", "10");
            value("02", "pobreza", "30");
            value("03", "pobreza", "20");
            value("04", "pobreza", "40");
            value("01", "cobertura", "80");
            value("02", "cobertura", "50");
            value("03", "cobertura", "65");
        }
    }

    void value(String territory, String variable, String value) {
        jdbc.sql(
                """
                        insert into variable_value (jurisdiction_id, territory_id, variable_id, year, value)
                        select :j, :t, id, 2024, cast(:v as numeric) from social_variable where jurisdiction_id = :j and code = :c""")
                .param("j", place.id).param("t", place.territory(territory)).param("c", variable).param("v", value)
                .update();
    }

    JsonNode postRun(UserDetails who, String body) throws Exception {
        String response = mvc.perform(post("/api/v1/prioritization/runs").with(user(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }

    static List<String> codes(JsonNode run) {
        List<String> codes = new ArrayList<>();
        run.get("results").forEach(r -> codes.add(r.get("code").asText()));
        return codes;
    }

    @Test
    void aRunIsSavedWithItsInputsAndReadsBackIdentically() throws Exception {
        JsonNode run = postRun(district, RUN);

        assertThat(codes(run)).containsExactly("02", "03", "01", "04");
        assertThat(run.at("/results/0/rank").asInt()).isEqualTo(1);
        assertThat(run.at("/results/0/score").decimalValue()).isEqualByComparingTo("100");
        assertThat(run.at("/results/1/score").decimalValue()).isEqualByComparingTo("50");
        assertThat(run.at("/results/3/missing").asBoolean()).isTrue();
        assertThat(run.at("/results/3/missingVariables/0").asText()).isEqualTo("cobertura");
        assertThat(run.get("createdBy").asText()).isEqualTo("t99202-distrital");
        assertThat(run.at("/inputs/normalization").asText()).isEqualTo("MIN_MAX");
        assertThat(run.at("/inputs/variables/0/weight").decimalValue()).isEqualByComparingTo("2");
        assertThat(run.at("/inputs/variables/1/direction").asText()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(run.at("/inputs/values/3/code").asText()).isEqualTo("04");
        assertThat(run.at("/inputs/values/3/values/pobreza").decimalValue()).isEqualByComparingTo("40");
        assertThat(run.at("/inputs/values/3/values/cobertura").isMissingNode()).isTrue();
        assertThat(run.get("notes").toString()).contains("sin datos");

        String again = mvc.perform(get("/api/v1/prioritization/runs/" + run.get("id").asLong()).with(user(district)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(again)).isEqualTo(run);

        // later changes to the values do not change what the run says it used
        jdbc.sql("update variable_value set value = 99 where territory_id = :t and year = 2024")
                .param("t", place.territory("01")).update();
        String later = mvc.perform(get("/api/v1/prioritization/runs/" + run.get("id").asLong()).with(user(district)))
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(later)).isEqualTo(run);
        jdbc.sql("update variable_value set value = case when variable_id = (select id from social_variable "
                + "where jurisdiction_id = :j and code = 'pobreza') then 10 else 80 end where territory_id = :t and year = 2024")
                .param("j", place.id).param("t", place.territory("01")).update();

        assertThat(jdbc.sql("select count(*) from audit_log where action = 'RUN' and entity_id = :id")
                .param("id", run.get("id").asText()).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("update prioritization_run set name = 'otro' where id = :id")
                .param("id", run.get("id").asLong()).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from prioritization_result where run_id = :id")
                .param("id", run.get("id").asLong()).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void invalidRequestsNameEachField() throws Exception {
        mvc.perform(post("/api/v1/prioritization/runs").with(user(district)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"jurisdiction\": \"99202\", \"level\": \"barrio\", \"variables\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("level", "year", "variables")))
                .andExpect(jsonPath("$.errors[?(@.field == 'level')].message",
                        Matchers.contains(Matchers.containsString("'barrio' no existe"))));
        mvc.perform(post("/api/v1/prioritization/runs").with(user(district)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"jurisdiction": "99202", "level": "localidad", "year": 2024, "variables": [
                          {"code": "pobreza", "weight": 0}, {"code": "nada", "weight": 1},
                          {"code": "cobertura", "weight": 1, "direction": "al revés"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("variables[0].weight",
                        "variables[1].code", "variables[2].direction")))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("mayor que 0")));
    }

    @Test
    void aScopedUserRanksAndSeesOnlyTerritoriesOfTheirScope() throws Exception {
        JsonNode districtRun = postRun(district, RUN);
        UserDetails zonal = place.user("zonal-a", Role.ZONAL, "A");

        JsonNode zonalRun = postRun(zonal, RUN);
        assertThat(codes(zonalRun)).containsExactly("02", "01");
        assertThat(zonalRun.get("scopeLabel").asText()).contains("Zona Norte");

        mvc.perform(get("/api/v1/prioritization/runs/" + districtRun.get("id").asLong()).with(user(zonal)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/prioritization/runs?jurisdiction=99202&size=500").with(user(zonal)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", Matchers.hasItem(zonalRun.get("id").asInt())))
                .andExpect(jsonPath("$.items[*].id", Matchers.not(Matchers.hasItem(districtRun.get("id").asInt()))));
        mvc.perform(get("/territories/prioritization/runs/" + districtRun.get("id").asLong()).with(user(zonal)))
                .andExpect(status().isNotFound());

        long pobreza = catalog.byCode(place.id).get("pobreza").id();
        mvc.perform(get("/api/v1/variables/" + pobreza + "/values?year=2024").with(user(zonal)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].territoryCode", Matchers.containsInAnyOrder("01", "02")));

        UserDetails local = place.user("local-03", Role.LOCAL, "03");
        JsonNode localRun = postRun(local, RUN);
        assertThat(codes(localRun)).containsExactly("03");
        mvc.perform(post("/api/v1/prioritization/runs").with(user(local)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(RUN.replace("\"localidad\"", "\"zona\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));

        UserDetails other = place.user("otra", Role.DISTRICT, null);
        UserDetails stranger = TestJurisdiction.of("99203", jdbc, accounts, users).user("ajena", Role.DISTRICT, null);
        mvc.perform(get("/api/v1/prioritization/runs/" + districtRun.get("id").asLong()).with(user(other)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/prioritization/runs/" + districtRun.get("id").asLong()).with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/prioritization/runs").with(user(stranger)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(RUN))
                .andExpect(status().isNotFound());
    }

    @Test
    void readOnlyUsersAndEvaluatorsSeeRunsButCannotRunThem() throws Exception {
        JsonNode run = postRun(district, RUN);
        UserDetails reader = place.user("consulta", Role.READ_ONLY, null);
        UserDetails evaluator = place.user("evaluadora", Role.PRACTICE_EVALUATOR, null);
        for (UserDetails who : List.of(reader, evaluator)) {
            mvc.perform(post("/api/v1/prioritization/runs").with(user(who)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(RUN))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/prioritization/runs/" + run.get("id").asLong()).with(user(who)))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/territories/prioritization").with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("no ejecutar nuevas")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Priorizar y guardar"))));
    }

    @Test
    void theFormRunsWithDecimalCommaWeightsAndThePageShowsRankingAndMap() throws Exception {
        mvc.perform(get("/territories/prioritization?jurisdiction=99202").with(user(district)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"weight.pobreza\"")));

        mvc.perform(post("/territories/prioritization").with(user(district)).with(csrf())
                .param("jurisdiction", "99202").param("level", "localidad").param("year", "2024")
                .param("include", "pobreza").param("weight.pobreza", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("El peso de «Pobreza» no es válido")));

        String location = mvc.perform(post("/territories/prioritization").with(user(district)).with(csrf())
                .param("jurisdiction", "99202").param("level", "localidad").param("year", "2024")
                .param("name", "Desde el formulario")
                .param("include", "pobreza", "cobertura").param("weight.pobreza", "1,5")
                .param("weight.cobertura", "0,5").param("direction.cobertura", "HIGHER_IS_BETTER"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/territories/prioritization/runs/*"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(user(district)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Desde el formulario")))
                .andExpect(content().string(Matchers.containsString("Bellavista")))
                .andExpect(content().string(Matchers.containsString("Sin datos (1)")))
                .andExpect(content().string(Matchers.containsString(
                        "data-geometry-url=\"/api/v1/territories/geometry?jurisdiction=99202&amp;level=localidad\"")))
                .andExpect(content().string(Matchers.containsString("1,5")));
        mvc.perform(get("/territories/prioritization/runs").with(user(district)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Desde el formulario")));
        // "repetir con cambios" fills the form with the run's choices
        mvc.perform(get("/territories/prioritization?from=" + location.substring(location.lastIndexOf('/') + 1))
                .with(user(district)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"1,5\"")))
                .andExpect(content().string(Matchers.containsString("value=\"Desde el formulario\"")));
    }

    @Test
    void theCatalogueIsKeptByDistrictUsersWithValidationConflictsAndAudit() throws Exception {
        String body = """
                {"jurisdiction": "99202", "code": "desempleo", "name": "Desempleo", "unit": "%",
                 "source": "GEIH", "direction": "HIGHER_IS_WORSE"}""";
        String created = mvc.perform(post("/api/v1/variables").with(user(district)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        mvc.perform(post("/api/v1/variables").with(user(district)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(post("/api/v1/variables").with(user(district)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"jurisdiction\": \"99202\", \"code\": \"Con Espacios\", \"name\": \"\", \"unit\": \"%\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("code", "direction", "name")));
        mvc.perform(post("/api/v1/variables").with(user(place.user("zonal-b", Role.ZONAL, "B"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("desempleo", "otra")))
                .andExpect(status().isForbidden());

        String update = body.replace("\"Desempleo\"", "\"Tasa de desempleo\"").replace("}", ", \"version\": 0}");
        mvc.perform(put("/api/v1/variables/" + id).with(user(district)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/variables/" + id).with(user(district)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("""
                select before_state ->> 'name' || ' -> ' || (after_state ->> 'name') from audit_log
                where entity_type = 'social_variable' and entity_id = :id and action = 'UPDATE'""")
                .param("id", String.valueOf(id)).query(String.class).single())
                        .isEqualTo("Desempleo -> Tasa de desempleo");

        mvc.perform(get("/territories/variables?jurisdiction=99202")
                .with(user(place.user("consulta2", Role.READ_ONLY, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tasa de desempleo")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/territories/variables/new"))));
        mvc.perform(get("/territories/variables/" + id + "/edit").with(user(district)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"Tasa de desempleo\"")));
        mvc.perform(get("/territories/variables/new?jurisdiction=99202").with(user(district)))
                .andExpect(status().isOk());
        long pobreza = catalog.byCode(place.id).get("pobreza").id();
        mvc.perform(get("/territories/variables/" + pobreza + "?year=2024").with(user(district)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Danubio")))
                .andExpect(content().string(Matchers.containsString("4 valores")));
        mvc.perform(post("/territories/variables/" + id).with(user(district)).with(csrf())
                .param("jurisdiction", "99202").param("code", "desempleo").param("name", "Desempleo abierto")
                .param("unit", "%").param("direction", "HIGHER_IS_WORSE").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalog.byId(id).orElseThrow().name()).isEqualTo("Desempleo abierto");
        mvc.perform(post("/territories/variables").with(user(district)).with(csrf())
                .param("jurisdiction", "99202").param("code", "ipm").param("name", "IPM").param("unit", "")
                .param("direction", "HIGHER_IS_WORSE"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("La unidad es obligatoria")));
    }
}
