package org.minga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every kind of PDF Minga writes is fit for the archive (issue 18): only embedded fonts (what {@code pdffonts} shows
 * as "emb yes"), Unicode text that keeps any name a person has, PDF/A-1b metadata, and the acta's signature block.
 */
@MingaTest
class PdfArchiveTests {

    static final String NAME = "Zoë Nguyễn Ñandú";
    static final AtomicLong DOCS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyKindOfPdfEmbedsItsFontsAndPrintsAnyNameAsWritten() throws Exception {
        long body = call(post("/api/v1/bodies"), "local.suba", Map.of("code",
                "ML-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "template", "LOCAL_APS_TABLE",
                "templateActorCode", "SDS", "territoryCode", "11", "parentCode", "MCT-ZN")).get("id").asLong();
        LocalDate day = LocalDate.now(ZoneId.of("America/Bogota")).plusDays(2);
        long session = call(post("/api/v1/sessions"), "local.suba", Map.of("bodyId", body, "startsAt",
                day + "T09:00:00", "place", "Salón de " + NAME, "agenda", "1. Informe de " + NAME)).get("id").asLong();
        long suba = jdbc.sql("select id from territory where path = (select path from territory t join jurisdiction j"
                + " on j.id = t.jurisdiction_id where j.code = '11001' and t.code = '11')").query(Long.class).single();
        long practice = jdbc.sql("select id from practice where title = 'Barrios con Bienestar' order by id limit 1")
                .query(Long.class).single();
        long fair = jdbc.sql("select id from fair order by id limit 1").query(Long.class).single();

        Map<String, Pdf> kinds = new LinkedHashMap<>();
        kinds.put("acta", pdf("local.suba", get("/api/v1/sessions/" + session + "/acta.pdf")));
        kinds.put("constancia de autorización",
                pdf("local.suba", get("/api/v1/consents/" + authorizationOf(NAME) + "/certificate.pdf")));
        kinds.put("sala situacional", pdf("local.suba",
                get("/dashboard/export").param("territory", String.valueOf(suba)).param("format", "pdf")));
        kinds.put("práctica", pdf("admin", get("/api/v1/practices/" + practice + "/pdf")));
        kinds.put("jornada", pdf("admin", get("/fairs/" + fair + "/report.pdf")));

        kinds.forEach((kind, pdf) -> {
            assertThat(pdf.fonts()).as(kind).isNotEmpty().allSatisfy(f -> {
                assertThat(f.embedded()).as(kind + ": " + f.name() + " embedded").isTrue();
                assertThat(f.unicode()).as(kind + ": " + f.name() + " Identity-H (Unicode)").isTrue();
            });
            assertThat(pdf.xmp()).as(kind + ": PDF/A-1b metadata").contains("pdfaid:part", "1")
                    .contains("pdfaid:conformance");
            assertThat(pdf.outputIntent()).as(kind + ": sRGB output intent").isTrue();
        });
        assertThat(kinds.get("acta").text()).contains("Informe de " + NAME, "Firmas", "Secretaría técnica");
        assertThat(kinds.get("constancia de autorización").text()).contains(NAME);
        assertThat(kinds.get("sala situacional").text()).contains("Agenda");
    }

    record Font(String name, boolean embedded, boolean unicode) {
    }

    record Pdf(List<Font> fonts, String text, String xmp, boolean outputIntent) {
    }

    Pdf pdf(String user, MockHttpServletRequestBuilder request) throws Exception {
        byte[] bytes = mvc.perform(request.with(httpBasic(user, "minga2026"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<Font> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(new Font(font.getName(), font.isEmbedded(),
                            font instanceof PDType0Font t && t.getCMap() != null
                                    && t.getCMap().getName().startsWith("Identity")));
                }
            }
            String xmp = doc.getDocumentCatalog().getMetadata() == null ? ""
                    : new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            return new Pdf(fonts, new PDFTextStripper().getText(doc).replaceAll("\\s+", " "), xmp,
                    !doc.getDocumentCatalog().getOutputIntents().isEmpty());
        }
    }

    /** The authorization of a new person called {@code name} in Suba. */
    long authorizationOf(String name) throws Exception {
        long household = call(post("/api/v1/households"), "local.suba", "{\"jurisdiction\":\"11001\","
                + "\"territoryCode\":\"B-SUBA-06\",\"address\":\"Calle 9 # 21-30\",\"estrato\":2,\"sisbenGroup\":\"B3\"}")
                        .get("id").asLong();
        String[] parts = name.split(" ", 2);
        String person = "{\"householdId\":" + household + ",\"relation\":\"JEFE\",\"documentType\":\"CC\","
                + "\"documentNumber\":\"" + DOCS.incrementAndGet() + "\",\"firstName\":\"" + parts[0]
                + "\",\"lastName\":\"" + parts[1] + "\",\"birthDate\":\"1990-05-01\",\"sex\":\"F\",\"authorization\":{"
                + "\"grantedByName\":\"" + name + "\",\"channel\":\"PRESENCIAL\",\"purposes\":\"Caracterización\","
                + "\"evidence\":\"Formato FA-2130\",\"byGuardian\":false,\"sensitiveData\":false}}";
        long id = call(post("/api/v1/persons"), "local.suba", person).get("id").asLong();
        return call(get("/api/v1/consents?person=" + id), "local.suba", null).get(0).get("id").asLong();
    }

    JsonNode call(MockHttpServletRequestBuilder req, String user, Object body) throws Exception {
        req = req.with(httpBasic(user, "minga2026")).with(csrf());
        if (body != null) {
            req = req.contentType(MediaType.APPLICATION_JSON)
                    .content(body instanceof String s ? s : json.writeValueAsString(body));
        }
        return json.readTree(mvc.perform(req).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
