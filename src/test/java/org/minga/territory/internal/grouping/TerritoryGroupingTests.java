package org.minga.territory.internal.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.CurrentUser;
import org.minga.platform.Role;
import org.minga.platform.UserAccounts;
import org.minga.territory.TerritoryGroupView;
import org.minga.territory.TerritoryGroups;
import org.minga.territory.internal.prioritization.TestJurisdiction;
import org.minga.territory.internal.variable.VariableCatalog;
import org.minga.territory.internal.variable.TestVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Groups of territories by shared needs on a jurisdiction of its own (99710): localidades 01 and 02 are poor with low
 * coverage, 03 and 04 the opposite, so two groups split them that way, every time, each localidad in one group.
 */
@MingaTest
class TerritoryGroupingTests {

    static final String[][] VALUES = {{"01", "40", "30"}, {"02", "42", "35"}, {"03", "10", "80"}, {"04", "12", "78"}};

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
    TerritoryGroups groups;
    @Autowired
    ObjectMapper json;

    TestJurisdiction place;
    UserDetails district;

    @BeforeEach
    void setUp() {
        place = TestJurisdiction.of("99710", jdbc, accounts, users);
        district = place.user("distrital", Role.DISTRICT, null);
        if (TestVariables.defineTwo(catalog, place.id, "99710")) {
            for (String[] row : VALUES) {
                value(row[0], "pobreza", row[1]);
                value(row[0], "cobertura", row[2]);
            }
        }
    }

    void value(String territory, String variable, String value) {
        jdbc.sql(
                """
                        insert into variable_value (jurisdiction_id, territory_id, variable_id, year, value)
                        select :j, :t, id, 2026, cast(:v as numeric) from social_variable where jurisdiction_id = :j and code = :c""")
                .param("j", place.id).param("t", place.territory(territory)).param("c", variable).param("v", value)
                .update();
    }

    ResultActions cluster(UserDetails who, String groupsAsked, String variables) throws Exception {
        return mvc.perform(post("/api/v1/territories/clusterings").with(user(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"jurisdiction": "99710", "level": "localidad", "year": 2026, "variables": %s, "groups": %s}"""
                        .formatted(variables, groupsAsked)));
    }

    long clusterTwo() throws Exception {
        String body = cluster(district, "2", "[\"pobreza\", \"cobertura\"]").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    /** The territory codes of each group, in group order. */
    List<Set<String>> membership(long clusteringId) throws Exception {
        JsonNode c = json.readTree(mvc.perform(get("/api/v1/territories/clusterings/" + clusteringId)
                .with(user(district))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<Set<String>> out = new ArrayList<>();
        for (JsonNode g : c.get("groups")) {
            Set<String> codes = new HashSet<>();
            g.get("members").forEach(m -> codes.add(m.get("code").asText()));
            out.add(codes);
        }
        return out;
    }

    @Test
    void theGroupsAreDeterministicAndEachTerritoryIsInExactlyOne() throws Exception {
        List<Set<String>> first = membership(clusterTwo());
        List<Set<String>> second = membership(clusterTwo());
        assertThat(second).isEqualTo(first);
        assertThat(first).containsExactly(Set.of("01", "02"), Set.of("03", "04"));
        List<String> all = first.stream().flatMap(Set::stream).toList();
        assertThat(all).hasSize(4).containsExactlyInAnyOrder("01", "02", "03", "04");
    }

    @Test
    void theEngineGivesTheSameGroupsWhateverTheOrderOfTheTerritories() {
        List<ClusteringEngine.Variable> vars = List.of(new ClusteringEngine.Variable("a", "A", "%"),
                new ClusteringEngine.Variable("b", "B", "%"));
        List<ClusteringEngine.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            candidates.add(new ClusteringEngine.Candidate(i, String.format("%02d", i), "T" + i,
                    Map.of("a", BigDecimal.valueOf((i * 37) % 101), "b", BigDecimal.valueOf((i * 53) % 97))));
        }
        candidates.add(new ClusteringEngine.Candidate(99, "99", "Sin datos", Map.of("a", BigDecimal.ONE)));
        ClusteringEngine.Result once = ClusteringEngine.cluster(candidates, vars, 4);
        List<ClusteringEngine.Candidate> reversed = new ArrayList<>(candidates);
        java.util.Collections.reverse(reversed);
        ClusteringEngine.Result again = ClusteringEngine.cluster(reversed, vars, 4);
        assertThat(again.groups()).isEqualTo(once.groups());
        List<Long> grouped = once.groups().stream().flatMap(g -> g.members().stream())
                .map(ClusteringEngine.Candidate::territoryId).toList();
        assertThat(grouped).hasSize(30).doesNotHaveDuplicates().doesNotContain(99L);
        assertThat(once.unassigned()).extracting(u -> u.territory().territoryId()).containsExactly(99L);
        assertThat(once.unassigned().get(0).missing()).containsExactly("b");
    }

    @Test
    void thePageNamesTheMethodAndDrawsTheGroupsOnTheMap() throws Exception {
        long id = clusterTwo();
        mvc.perform(get("/territories/groups/" + id).with(user(district))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("KMeansPlusPlusClusterer")))
                .andExpect(content().string(Matchers.containsString("puntaje z")))
                .andExpect(content().string(Matchers.containsString("id=\"groups-map\"")))
                .andExpect(content().string(Matchers.containsString("Grupo 1 · pobreza alta")))
                .andExpect(content().string(Matchers.containsString("Bellavista")));
        mvc.perform(get("/territories/groups").param("jurisdiction", "99710").with(user(district)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/territories/groups/" + id)));
    }

    @Test
    void theFormMakesAClusteringOrSaysWhatIsWrong() throws Exception {
        mvc.perform(post("/territories/groups").with(user(district)).with(csrf()).param("jurisdiction", "99710")
                .param("level", "localidad").param("year", "2026").param("groups", "2")
                .param("variables", "pobreza")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/territories/groups").with(user(district)).with(csrf()).param("jurisdiction", "99710")
                .param("level", "localidad").param("year", "2026").param("groups", "dos"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("no es un número entero")));
    }

    @Test
    void otherModulesReadTheGroupsAsTargetGroupsWithinTheirScope() throws Exception {
        long id = clusterTwo();
        CurrentUser reader = new CurrentUser(2, "t99710-distrital", "Distrital", Role.DISTRICT, place.id, null);
        List<TerritoryGroupView> ofJurisdiction = groups.of(place.id, reader);
        TerritoryGroupView first = ofJurisdiction.stream().filter(g -> g.clusteringId() == id && g.number() == 1)
                .findFirst().orElseThrow();
        assertThat(first.territoryIds()).containsExactlyInAnyOrder(place.territory("01"), place.territory("02"));
        assertThat(groups.byId(first.id(), reader)).contains(first);
        assertThat(first.profile()).contains("Pobreza 41").contains("promedio general 26");
        // a local user of zona B does not reach a clustering of the whole jurisdiction
        UserDetails local = place.user("local-b", Role.LOCAL, "B");
        mvc.perform(get("/api/v1/territories/groups/" + first.id()).with(user(local)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/territories/groups").param("jurisdiction", "99710").with(user(district)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].method",
                        Matchers.containsString("k-medias++")));
    }

    @Test
    void badInputIsAClearSpanishMessageNamingTheField() throws Exception {
        cluster(district, "1", "[\"pobreza\"]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("groups"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("entre 2 y 12")));
        cluster(district, "5", "[\"pobreza\"]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("no alcanzan para 5 grupos")));
        cluster(district, "2", "[\"ingresos\"]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("variables"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("«ingresos» no existe")));
        cluster(district, "2", "[]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("al menos una variable")));
        UserDetails reader = place.user("lectora", Role.READ_ONLY, null);
        cluster(reader, "2", "[\"pobreza\"]").andExpect(status().isForbidden());
    }
}
