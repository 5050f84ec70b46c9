package org.minga.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.Jurisdictions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A user sees and changes only the subtree of their territory, through every endpoint. */
@MingaTest
class TerritoryScopeTests {

    static final String PASSWORD = "minga2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    Territories territories;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    ObjectMapper json;

    long bogota() {
        return jurisdictions.byCode("11001").orElseThrow().id();
    }

    TerritoryView byCode(String code) {
        return territories.byCode(bogota(), code).orElseThrow();
    }

    JsonNode getJson(String user, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(httpBasic(user, PASSWORD))).andExpect(status().isOk()).andReturn();
        return json.readTree(r.getResponse().getContentAsString());
    }

    @Test
    void kennedyReaderListsOnlyKennedysSubtree() throws Exception {
        JsonNode page = getJson("consulta.kennedy", "/api/v1/territories?jurisdiction=11001&size=500");
        assertThat(page.get("total").asInt()).isGreaterThan(5);
        String kennedyPath = byCode("08").path();
        for (JsonNode t : page.get("items")) {
            assertThat(t.get("path").asText()).startsWith(kennedyPath);
        }
        assertThat(page.toString()).doesNotContain("Suba").doesNotContain("Tibabuyes");
    }

    @Test
    void kennedyReaderGetsNoSubaThroughAnyEndpoint() throws Exception {
        long suba = byCode("11").id();
        long subaUpz = byCode("UPZ71").id();
        for (String url : new String[]{"/api/v1/territories/" + suba, "/api/v1/territories/" + suba + "/children",
                "/api/v1/territories/" + suba + "/ancestry", "/api/v1/territories/" + subaUpz,
                "/api/v1/territories?jurisdiction=11001&parent=" + suba + "&subtree=true"}) {
            MvcResult r = mvc.perform(get(url).with(httpBasic("consulta.kennedy", PASSWORD))).andReturn();
            String body = r.getResponse().getContentAsString();
            if (r.getResponse().getStatus() == 200) {
                assertThat(json.readTree(body).get("total").asInt()).as(url).isZero();
            } else {
                assertThat(r.getResponse().getStatus()).as(url).isIn(403, 404);
            }
            assertThat(body).as(url).doesNotContain("Suba").doesNotContain("Tibabuyes");
        }
        JsonNode search = getJson("consulta.kennedy", "/api/v1/territories?jurisdiction=11001&q=suba");
        assertThat(search.get("total").asInt()).isZero();
        mvc.perform(get("/api/v1/territories?jurisdiction=54001").with(httpBasic("consulta.kennedy", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/territories/" + suba).with(httpBasic("consulta.kennedy", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void kennedyReaderGetsNoSubaShapesValuesOrLocations() throws Exception {
        long suba = byCode("11").id();
        mvc.perform(get("/api/v1/territories/" + suba + "/geometry").with(httpBasic("consulta.kennedy", PASSWORD)))
                .andExpect(status().isNotFound());
        MvcResult shapes = mvc.perform(get("/api/v1/territories/geometry?jurisdiction=11001&level=localidad")
                .with(httpBasic("consulta.kennedy", PASSWORD))).andExpect(status().isOk()).andReturn();
        JsonNode features = json.readTree(shapes.getResponse().getContentAsString()).get("features");
        assertThat(features).hasSize(1);
        assertThat(features.get(0).get("properties").get("name").asText()).isEqualTo("Kennedy");
        // a point in Suba
        MvcResult located = mvc.perform(get("/api/v1/territories/locate?lat=4.7400&lon=-74.0900")
                .with(httpBasic("consulta.kennedy", PASSWORD))).andExpect(status().isNotFound()).andReturn();
        assertThat(located.getResponse().getContentAsString()).doesNotContain("Suba");
        JsonNode variables = getJson("consulta.kennedy", "/api/v1/variables?jurisdiction=11001");
        long variable = variables.get("items").get(0).get("id").asLong();
        JsonNode values = getJson("consulta.kennedy",
                "/api/v1/variables/" + variable + "/values?year=2024&level=localidad");
        assertThat(values.toString()).contains("Kennedy").doesNotContain("Suba");
        mvc.perform(get("/api/v1/territories/locate?lat=4.7400&lon=-74.0900").with(httpBasic("local.suba", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Suba"));
    }

    @Test
    void readOnlyRoleCannotChangeAnything() throws Exception {
        TerritoryView kennedy = byCode("08");
        String change = """
                {"name":"Kennedy cambiado","parentId":%d,"areaType":"URBAN","population":1,"version":%d}"""
                .formatted(kennedy.parentId(), kennedy.version());
        mvc.perform(put("/api/v1/territories/" + kennedy.id()).with(httpBasic("consulta.kennedy", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isForbidden());
        String create = """
                {"jurisdictionId":%d,"levelCode":"barrio","parentId":%d,"code":"X-RO","name":"No debe existir",
                 "areaType":"URBAN"}""".formatted(bogota(), byCode("UPZ47").id());
        mvc.perform(post("/api/v1/territories").with(httpBasic("consulta.kennedy", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(create))
                .andExpect(status().isForbidden());
        mvc.perform(post("/territories/" + kennedy.id() + "/edit").with(httpBasic("consulta.kennedy", PASSWORD))
                .with(csrf()).param("name", "Kennedy cambiado").param("version", "" + kennedy.version())
                .param("areaType", "URBAN"))
                .andExpect(status().isForbidden());
        assertThat(byCode("08").name()).isEqualTo("Kennedy");
        assertThat(territories.byCode(bogota(), "X-RO")).isEmpty();
    }

    @Test
    void zonalUserSeesTheLocalidadesOfTheirZoneOnly() throws Exception {
        JsonNode page = getJson("zona.norte", "/api/v1/territories?jurisdiction=11001&level=localidad&size=50");
        assertThat(page.get("total").asInt()).isEqualTo(6);
        assertThat(page.toString()).contains("Suba", "Usaquén", "Engativá").doesNotContain("Kennedy");
    }

    @Test
    void localUserCannotTouchAnotherLocalidad() throws Exception {
        TerritoryView kennedy = byCode("08");
        String change = """
                {"name":"Kennedy","parentId":%d,"areaType":"URBAN","population":5,"version":%d}"""
                .formatted(kennedy.parentId(), kennedy.version());
        mvc.perform(put("/api/v1/territories/" + kennedy.id()).with(httpBasic("local.suba", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("No encontrado"));
    }
}
