package org.minga.territory.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.Role;
import org.minga.platform.UserAccounts;
import org.minga.territory.internal.prioritization.TestJurisdiction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The shared territorial diagnosis on a jurisdiction of its own (99209): written by the local body's user of zona A
 * for its localidades, versioned, read back, refused outside its scope or with bad input, shown on the room.
 */
@MingaTest
class TerritorialDiagnosisTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService users;

    TestJurisdiction place;
    UserDetails local;
    UserDetails reader;
    UserDetails district;

    @BeforeEach
    void setUp() {
        place = TestJurisdiction.of("99209", jdbc, accounts, users);
        local = place.user("local-a", Role.LOCAL, "A");
        reader = place.user("lectora", Role.READ_ONLY, null);
        district = place.user("distrital", Role.DISTRICT, null);
    }

    static String body(String needs, String url) {
        return """
                {"authoredBy": "Mesa Local Zona Norte", "needs": "%s", "potentialities": "Huertas y juntas activas",
                 "reading": "Un territorio que se organiza", "evidence": [
                   {"kind": "FIGURE", "title": "Priorización 2026", "url": "%s"},
                   {"kind": "dialogue", "title": "Diálogo de la mesa", "url": "https://example.org/acta-3"}]}"""
                .formatted(needs, url);
    }

    ResultActions write(UserDetails who, String code, String body) throws Exception {
        return mvc.perform(post("/api/v1/territories/" + place.territory(code) + "/diagnosis").with(user(who))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void eachWriteIsANewVersionAndTheOldOnesStayAsTheyWere() throws Exception {
        long before = jdbc.sql("select count(*) from territorial_diagnosis where territory_id = :t")
                .param("t", place.territory("02")).query(Long.class).single();
        write(local, "02", body("Cupos de jardín", "/territories/prioritization/runs")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.edition").value(before + 1))
                .andExpect(jsonPath("$.territoryName").value("Bellavista"))
                .andExpect(jsonPath("$.evidence[1].kind").value("DIALOGUE"));
        write(local, "02", body("Cupos de jardín y comedores", "https://example.org/cifras"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.edition").value(before + 2));

        mvc.perform(get("/api/v1/territories/" + place.territory("02") + "/diagnosis").with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edition").value(before + 2))
                .andExpect(jsonPath("$.needs").value("Cupos de jardín y comedores"))
                .andExpect(jsonPath("$.authoredBy").value("Mesa Local Zona Norte"))
                .andExpect(jsonPath("$.createdBy").value("t99209-local-a"));
        mvc.perform(get("/api/v1/territories/" + place.territory("02") + "/diagnosis/versions").with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].edition").value(before + 2))
                .andExpect(jsonPath("$[1].edition").value(before + 1))
                .andExpect(jsonPath("$[1].needs").value("Cupos de jardín"))
                .andExpect(jsonPath("$[1].evidence[0].url").value("/territories/prioritization/runs"));

        // a saved version is evidence: the database refuses to change it
        try {
            jdbc.sql("update territorial_diagnosis set needs = 'otra' where territory_id = :t")
                    .param("t", place.territory("02")).update();
            throw new AssertionError("a saved version was changed");
        } catch (DataAccessException e) {
            assertThat(e.getMessage()).contains("no se modifican");
        }
    }

    @Test
    void onlyTheLocalBodysUsersWriteAndOnlyInTheirTerritory() throws Exception {
        write(local, "03", body("Fuera de su zona", "/x")).andExpect(status().isNotFound());
        write(reader, "01", body("Solo lectura", "/x")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/territories/" + place.territory("04") + "/diagnosis").with(user(reader)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("aún no tiene diagnóstico")));
    }

    @Test
    void badInputIsAClearSpanishMessageNamingTheField() throws Exception {
        write(local, "01", body("", "/x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("needs"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("necesidades")));
        write(local, "01", body("Agua", "ftp://nada")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidence.url"));
        write(local, "01", body("Agua", "/x").replace("FIGURE", "FOTO")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidence.kind"));
    }

    @Test
    void theSituationRoomShowsTheLatestVersion() throws Exception {
        write(local, "01", body("Primera lectura", "/x")).andExpect(status().isCreated());
        write(local, "01", body("Agua potable intermitente", "/x")).andExpect(status().isCreated());

        mvc.perform(get("/dashboard").param("territory", String.valueOf(place.territory("01"))).with(user(district)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Diagnóstico territorial compartido")))
                .andExpect(content().string(Matchers.containsString("Agua potable intermitente")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Primera lectura"))))
                .andExpect(content().string(Matchers.containsString("Diálogo de la mesa")));
    }
}
