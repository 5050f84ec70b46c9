package org.minga.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The input pack a higher instance receives equals the commitments, barriers and figures of the bodies below it in
 * the period, and nothing of the bodies beside it; as data, as a page and as PDF.
 */
@MingaTest
class InputPackTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    JsonNode call(MockHttpServletRequestBuilder req, String user, Object body, int expected) throws Exception {
        return call(mvc, json, req, user, body, expected);
    }

    /** A call to the API as {@code user}, with a JSON body when not null; its JSON answer (null when empty). */
    static JsonNode call(MockMvc mvc, ObjectMapper json, MockHttpServletRequestBuilder req, String user, Object body,
            int expected) throws Exception {
        req = req.with(httpBasic(user, "minga2026"));
        if (body != null) {
            req = req.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        String out = mvc.perform(req).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return out.isEmpty() ? null : json.readTree(out);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    JsonNode body(String user, String template, String territory, String parent) throws Exception {
        return call(post("/api/v1/bodies"), user, Map.of("code", unique("IP"), "template", template,
                "templateActorCode", "SDS", "territoryCode", territory, "parentCode", parent), 201);
    }

    long commitment(long body, String title, String due) throws Exception {
        return call(post("/api/v1/commitments"), "local.suba",
                Map.of("bodyId", body, "title", title, "responsibleActorCode", "SDS", "dueDate", due), 201).get("id")
                        .asLong();
    }

    JsonNode barrier(long body, String title) throws Exception {
        return call(post("/api/v1/barriers"), "local.suba",
                Map.of("bodyId", body, "type", "presupuestal", "title", title), 201);
    }

    static Set<Long> ids(JsonNode list) {
        Set<Long> out = new HashSet<>();
        list.forEach(n -> out.add(n.get("id").asLong()));
        return out;
    }

    @Test
    void theInputPackEqualsTheCommitmentsBarriersAndFiguresOfTheLowerBodiesInThePeriod() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Bogota"));
        JsonNode zonal = body("zona.norte", "TECHNICAL_COORDINATION_TABLE", "ZN", "CIDSSB");
        long upper = zonal.get("id").asLong();
        long a = body("local.suba", "LOCAL_APS_TABLE", "11", zonal.get("code").asText()).get("id").asLong();
        long b = body("local.suba", "LOCAL_APS_TABLE", "11", zonal.get("code").asText()).get("id").asLong();
        long beside = body("local.suba", "LOCAL_APS_TABLE", "11", "MCT-ZN").get("id").asLong();

        long a1 = commitment(a, unique("Jornada de vacunación en El Rincón"), today.plusDays(20).toString());
        long a2 = commitment(a, unique("Informe de rutas de discapacidad"), today.plusYears(1).toString());
        long b1 = commitment(b, unique("Visitas a hogares de Tibabuyes"), today.plusDays(5).toString());
        commitment(beside, unique("Compromiso de otra zona"), today.plusDays(5).toString());
        // a barrier raised at A and escalated to the upper instance; another raised beside it
        JsonNode raised = barrier(a, unique("Sin transporte para los equipos básicos"));
        long x = raised.get("id").asLong();
        call(post("/api/v1/barriers/" + x + "/escalate"), "local.suba",
                Map.of("note", "Requiere la zona", "version", raised.get("version").asInt()), 200);
        barrier(beside, unique("Barrera de otra zona"));
        // a session of A held in the period
        long session = call(post("/api/v1/sessions"), "local.suba", Map.of("bodyId", a, "startsAt",
                today.minusDays(3) + "T09:00:00", "place", "Alcaldía Local de Suba"), 201).get("id").asLong();
        JsonNode detail = call(get("/api/v1/sessions/" + session), "local.suba", null, 200);
        Map<String, String> attendance = new HashMap<>();
        detail.get("attendance").forEach(l -> attendance.put(l.at("/member/id").asText(), "presente"));
        call(put("/api/v1/sessions/" + session + "/attendance"), "local.suba",
                Map.of("attendance", attendance, "version", detail.at("/session/version").asInt()), 200);

        String period = "?from=" + today.minusDays(30) + "&to=" + today;
        JsonNode pack = call(get("/api/v1/bodies/" + upper + "/input-pack" + period), "zona.norte", null, 200);
        assertThat(ids(pack.get("lowerBodies"))).containsExactlyInAnyOrder(a, b);
        assertThat(ids(pack.get("commitments"))).containsExactlyInAnyOrder(a1, a2, b1);
        assertThat(ids(pack.get("barriers"))).containsExactly(x);
        Map<Long, List<Long>> figures = new HashMap<>();
        pack.get("figures").forEach(f -> figures.put(f.get("bodyId").asLong(), List.of(f.get("sessionsHeld").asLong(),
                f.get("commitmentsMade").asLong(), f.get("commitmentsDone").asLong(),
                f.get("commitmentsOverdue").asLong(), f.get("barriersRaised").asLong(),
                f.get("barriersEscalated").asLong(), f.get("barriersResolved").asLong())));
        assertThat(figures).containsOnly(Map.entry(a, List.of(1L, 2L, 0L, 0L, 1L, 1L, 0L)),
                Map.entry(b, List.of(0L, 1L, 0L, 0L, 0L, 0L, 0L)));
        assertThat(pack.at("/totals/commitmentsMade").asLong()).isEqualTo(3);
        assertThat(pack.at("/totals/barriersEscalated").asLong()).isEqualTo(1);

        // a period before any of it holds none of it
        JsonNode before = call(get("/api/v1/bodies/" + upper + "/input-pack?from=2025-01-01&to=2025-03-31"),
                "zona.norte", null, 200);
        assertThat(before.get("commitments")).isEmpty();
        assertThat(before.get("barriers")).isEmpty();
        assertThat(before.at("/totals/sessionsHeld").asLong()).isZero();
        // an inverted period is a clear error
        assertThat(call(get("/api/v1/bodies/" + upper + "/input-pack?from=2026-03-01&to=2026-01-01"), "zona.norte",
                null, 400).toString()).contains("from").contains("posterior");

        // the page and the PDF show the same
        String page = mvc.perform(get("/governance/bodies/" + upper + "/input-pack" + period)
                .with(httpBasic("zona.norte", "minga2026"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        byte[] pdf = mvc.perform(get("/governance/bodies/" + upper + "/input-pack.pdf" + period)
                .with(httpBasic("zona.norte", "minga2026"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        for (JsonNode c : pack.get("commitments")) {
            assertThat(page).contains(c.get("title").asText());
            assertThat(text).contains(c.get("title").asText());
        }
        assertThat(page).contains(pack.at("/barriers/0/title").asText()).doesNotContain("Compromiso de otra zona");
        assertThat(text).contains(pack.at("/barriers/0/title").asText()).doesNotContain("Barrera de otra zona");
    }
}
