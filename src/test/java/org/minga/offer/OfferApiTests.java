package org.minga.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.MockMvc;

/** The services API as referrals and administrators use it, on the demo offer of Cúcuta. */
@MingaTest
class OfferApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    JsonNode eligible(String query) throws Exception {
        String body = mvc
                .perform(get("/api/v1/services/eligible?" + query + "&size=100").with(httpBasic("cucuta", "minga2026")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    static JsonNode find(JsonNode page, String name) {
        for (JsonNode item : page.get("items")) {
            if (item.get("name").asText().equals(name)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void a65YearOldInA3LivingInCucutaMayReceiveColombiaMayorButNotRentaJoven() throws Exception {
        JsonNode answer = eligible("age=65&sex=M&sisben=A3&territory=B-C09-01");
        assertThat(find(answer.get("eligible"), "Colombia Mayor")).isNotNull();
        assertThat(find(answer.get("eligible"), "Renta Joven")).isNull();
        JsonNode rentaJoven = find(answer.get("notEligible"), "Renta Joven");
        assertThat(rentaJoven).isNotNull();
        assertThat(rentaJoven.get("reason").asText()).isEqualTo("requiere tener entre 14 y 28 años");
        // services open to anyone and the ones of her territory are there; the gestantes service says why not
        assertThat(find(answer.get("eligible"), "Vacunación de caninos y felinos")).isNotNull();
        assertThat(find(answer.get("eligible"), "Recreación y Cultura")).isNotNull();
        assertThat(find(answer.get("notEligible"), "Control prenatal y cuidado de la gestante").get("reason").asText())
                .isEqualTo("es solo para mujeres");
        // nothing of Bogotá
        assertThat(find(answer.get("eligible"), "Comedores comunitarios")).isNull();
        assertThat(find(answer.get("notEligible"), "Comedores comunitarios")).isNull();
        assertThat(answer.at("/eligible/total").asLong() + answer.at("/notEligible/total").asLong())
                .isEqualTo(
                        jdbc.sql("select count(*) from offer_service s join jurisdiction j on j.id = s.jurisdiction_id "
                                + "where j.code = '54001' and s.status = 'ACTIVE'").query(Long.class).single());
    }

    @Test
    void theQueryAndTheDomainRulesAgreeOnEveryDemoService() throws Exception {
        for (String q : List.of("age=65&sex=M&sisben=A3&territory=B-C09-01", "age=20&sex=F&sisben=C10&territory=C01",
                "age=30&sex=F&groups=gestantes&territory=C09", "age=8", "")) {
            JsonNode answer = eligible(q);
            // the totals (counted on the narrow rules table) match the lists (selected on the services)
            assertThat(answer.at("/eligible/total").asInt()).as(q).isEqualTo(answer.at("/eligible/items").size());
            assertThat(answer.at("/notEligible/total").asInt()).as(q).isEqualTo(answer.at("/notEligible/items").size());
            for (JsonNode item : answer.at("/notEligible/items")) {
                assertThat(item.get("reason").asText()).as(q + " " + item.get("name"))
                        .isNotEqualTo("no cumple las condiciones del servicio").isNotBlank();
            }
        }
        JsonNode young = eligible("age=20&sex=F&sisben=C10&territory=C01");
        assertThat(find(young.get("eligible"), "Renta Joven")).isNotNull();
        assertThat(find(young.get("notEligible"), "Renta Ciudadana").get("reason").asText())
                .isEqualTo("requiere SISBEN IV en los grupos A1 a A5, B1 a B7; su grupo es C10");
        assertThat(find(young.get("notEligible"), "Recreación y Cultura").get("reason").asText())
                .isEqualTo("solo se ofrece en Comuna 9 Sur Occidental");
    }

    @Test
    void aSisbenGroupThatDoesNotExistIsRefusedByName() throws Exception {
        mvc.perform(get("/api/v1/services/eligible?age=65&sisben=A9").with(httpBasic("cucuta", "minga2026")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sisben"))
                .andExpect(
                        jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("'A9' no existe")));
        mvc.perform(get("/api/v1/services/eligible?age=abc").with(httpBasic("cucuta", "minga2026")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("age"));
    }

    static Map<String, Object> service(String code) {
        return new java.util.HashMap<>(Map.of("jurisdiction", "54001", "code", code, "provider", "SBS-CUC",
                "name", "Servicio de prueba " + code, "description", "Descripción en lenguaje claro.", "sector",
                "bienestar social",
                "territories", List.of("C09"), "channels", List.of("presencial")));
    }

    long count() {
        return jdbc.sql("select count(*) from offer_service").query(Long.class).single();
    }

    @Test
    void badInputGetsAClearErrorAndStoresNothing() throws Exception {
        long before = count();
        Map<String, Object> unknownProvider = service("T-" + UUID.randomUUID().toString().substring(0, 8));
        unknownProvider.put("provider", "NO-EXISTE");
        mvc.perform(
                post("/api/v1/services").with(httpBasic("cucuta", "minga2026")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(unknownProvider)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'provider')].message")
                        .value(org.hamcrest.Matchers.hasItem(
                                org.hamcrest.Matchers.containsString("No existe un actor con el código 'NO-EXISTE'"))));

        Map<String, Object> ages = service("T-" + UUID.randomUUID().toString().substring(0, 8));
        ages.put("minAge", 30);
        ages.put("maxAge", 18);
        ages.put("sisbenGroups", List.of("A1", "Z9", "B8"));
        mvc.perform(
                post("/api/v1/services").with(httpBasic("cucuta", "minga2026")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(ages)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'maxAge')].message")
                        .value(org.hamcrest.Matchers
                                .hasItem("La edad mínima (30) no puede ser mayor que la edad máxima (18).")))
                .andExpect(jsonPath("$.errors[?(@.field == 'sisbenGroups')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("'Z9' no existe"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'sisbenGroups')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("'B8' no existe"))));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aServiceIsCreatedAuditedAndAStaleEditIsRefused() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = service(code);
        form.put("minAge", 18);
        form.put("sisbenGroups", List.of("A", "B1-B3"));
        form.put("locations", List.of(Map.of("name", "Salón comunal", "territory", "B-C09-01", "schedule", "Sábados",
                "opensAt", "08:00", "closesAt", "12:00", "weekdays", List.of("SA"))));
        String body = mvc.perform(post("/api/v1/services").with(httpBasic("cucuta", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sisbenGroups.length()").value(8))
                .andExpect(jsonPath("$.locations[0].territoryName").value("La Laguna"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).get("id").asLong();
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'service' and entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        form.put("version", 0);
        form.put("name", "Nuevo nombre " + code);
        mvc.perform(put("/api/v1/services/" + id).with(httpBasic("cucuta", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)))
                .andExpect(status().isOk());
        form.put("name", "Otro nombre");
        mvc.perform(put("/api/v1/services/" + id).with(httpBasic("cucuta", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/services/" + id).with(httpBasic("cucuta", "minga2026")))
                .andExpect(jsonPath("$.name").value("Nuevo nombre " + code));
        // another jurisdiction's user does not see it
        mvc.perform(get("/api/v1/services/" + id).with(httpBasic("local.suba", "minga2026")))
                .andExpect(status().isNotFound());
        // a read-only user changes nothing
        mvc.perform(post("/api/v1/services").with(httpBasic("consulta.kennedy", "minga2026"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(service("X1"))))
                .andExpect(status().isForbidden());
    }
}
