package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Pages never answer 500: not to entity staff, not after a bad date, a NUL or a 10,000-character text. */
@MingaTest
class BadInputPagesTests {

    static final String PW = "minga2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    MockHttpServletResponse page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, PW))).andReturn().getResponse();
    }

    @Test
    void entityStaffOpenTheDashboardPlanningAndIndicatorPagesWithoutAnError() throws Exception {
        long plan = jdbc.sql(
                "select min(p.id) from plan p join jurisdiction j on j.id = p.jurisdiction_id where j.code = '11001'")
                .query(Long.class).single();
        long indicator = jdbc.sql(
                "select min(i.id) from indicator i join jurisdiction j on j.id = i.jurisdiction_id where j.code = '11001'")
                .query(Long.class).single();
        for (String url : List.of("/dashboard", "/dashboard/export?format=csv", "/planning", "/planning/plans/" + plan,
                "/planning/indicators/" + indicator)) {
            MockHttpServletResponse r = page("salud.bogota", url);
            assertThat(r.getStatus()).as(url).isIn(200, 403, 404);
            assertThat(r.getContentAsString()).as(url).doesNotContain("Exception");
            if (r.getStatus() == 403) {
                assertThat(r.getContentAsString()).as(url).contains("personal de entidad");
            }
        }
    }

    @Test
    void aDateOutOfRangeIsRefusedAndParticipationKeepsOpeningForEveryone() throws Exception {
        long before = jdbc.sql("select count(*) from participation_space").query(Long.class).single();
        // through the API: 400 naming the field
        String body = json.writeValueAsString(Map.of("code", "FZ-" + UUID.randomUUID().toString().substring(0, 6),
                "kind", "DIALOGUE", "title", "Diálogo", "process", "Prueba", "territoryCode", "11", "heldOn",
                "+99999-01-01"));
        MockHttpServletResponse api = mvc
                .perform(post("/api/v1/spaces?jurisdiction=11001").with(httpBasic("local.suba", PW))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree(api.getContentAsString());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("heldOn");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("entre los años 1900 y 2100");
        // through the page's form: refused, not stored
        MockHttpServletResponse form = mvc
                .perform(post("/participation/spaces").with(httpBasic("local.suba", PW)).with(csrf())
                        .param("code", "FZ-" + UUID.randomUUID().toString().substring(0, 6)).param("kind", "DIALOGUE")
                        .param("title", "Diálogo").param("process", "Prueba").param("territoryCode", "11")
                        .param("heldOn", "+99999-01-01"))
                .andReturn().getResponse();
        assertThat(form.getStatus()).isLessThan(500);
        assertThat(jdbc.sql("select count(*) from participation_space").query(Long.class).single()).isEqualTo(before);
        for (String user : List.of("admin", "distrito", "zona.norte", "local.suba")) {
            assertThat(page(user, "/participation").getStatus()).as(user).isEqualTo(200);
        }
    }

    @Test
    void aNulOrAnOverlongTextInAFormIsRefusedWithoutAnError() throws Exception {
        long before = jdbc.sql("select count(*) from participation_space").query(Long.class).single();
        for (String title : List.of("Diálogo\u0000", "x".repeat(10_000))) {
            MockHttpServletResponse form = mvc.perform(post("/participation/spaces").with(httpBasic("local.suba", PW))
                    .with(csrf())
                    .param("code", "FZ-" + UUID.randomUUID().toString().substring(0, 6)).param("kind", "DIALOGUE")
                    .param("title", title).param("process", "Prueba").param("territoryCode", "11")
                    .param("heldOn", "2026-03-16")).andReturn().getResponse();
            assertThat(form.getStatus()).as(title.substring(0, 5)).isLessThan(500);
        }
        assertThat(jdbc.sql("select count(*) from participation_space").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aLinkWithAScriptIsRefusedAsAWebAddress() throws Exception {
        String body = json.writeValueAsString(Map.of("jurisdiction", "54001", "code",
                "ONG-" + UUID.randomUUID().toString().substring(0, 6),
                "name", "Fundación", "type", "ONG", "sectors", List.of("educación"), "territories", List.of("C09"),
                "website", "javascript:alert(1)"));
        MockHttpServletResponse r = mvc.perform(post("/api/v1/actors").with(httpBasic("cucuta", PW))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree(r.getContentAsString());
        assertThat(problem.get("errors").toString()).contains("website").contains("http://, https://, mailto: o tel:");
        for (String ok : List.of("https://www.cucuta.gov.co", "http://x.org/a?b=1", "mailto:info@x.org",
                "tel:+5776000000")) {
            assertThat(WebAddress.Check.allowed(ok)).as(ok).isTrue();
        }
        for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>", "vbscript:x",
                "www.x.org",
                "https://", " javascript:alert(1)")) {
            assertThat(WebAddress.Check.allowed(bad)).as(bad).isFalse();
        }
    }
}
