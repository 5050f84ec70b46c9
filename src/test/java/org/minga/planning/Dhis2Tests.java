package org.minga.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Indicator values to and from a real DHIS2: a jurisdiction maps its territories to organisation units and its
 * indicators to data elements (and category option combos) and a data set; the ADX export validates against the
 * published 2015 schema with the data set on every group; the dataValueSets JSON carries the data set, the id scheme,
 * DHIS2 periods and the mapped uids; and a file round-trips into an empty jurisdiction, all or nothing.
 */
@MingaTest
class Dhis2Tests {

    static final String PW = "minga2026";
    static final String DATA_SET = "pBOMPrpg1QX";
    static final String MAPPING = """
            {"dataSet": "pBOMPrpg1QX", "idScheme": "UID",
             "orgUnits": [{"territoryCode": "01", "orgUnit": "DiszpKrYNg8"}, {"territoryCode": "02", "orgUnit": "Rp268JB6Ne4"}],
             "dataElements": [{"indicatorCode": "VAC", "dataElement": "fbfJHSPpUQD", "categoryOptionCombo": "Prlt0C1RF0s"},
                              {"indicatorCode": "NUT", "dataElement": "cYeuwXTCPkU"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    JsonNode call(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        String body = mvc.perform(request.with(httpBasic("admin", PW))).andExpect(expected).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() || !body.startsWith("{") ? null : json.readTree(body);
    }

    JsonNode send(MockHttpServletRequestBuilder request, String body, ResultMatcher expected) throws Exception {
        return call(request.contentType(MediaType.APPLICATION_JSON).content(body), expected);
    }

    /** A jurisdiction with a municipality, two comunas (01, 02) and two entered indicators (VAC, NUT). */
    long[] jurisdiction(String code) throws Exception {
        long j = send(post("/api/v1/jurisdictions"), "{\"code\":\"" + code + "\",\"name\":\"Municipio " + code
                + "\",\"country\":\"CO\",\"timeZone\":\"America/Bogota\"}", status().isCreated()).get("id").asLong();
        send(post("/api/v1/jurisdictions/" + code + "/levels"), "{\"code\":\"municipio\",\"name\":\"Municipio\","
                + "\"rank\":0}", status().isCreated());
        send(post("/api/v1/jurisdictions/" + code + "/levels"), "{\"code\":\"comuna\",\"name\":\"Comuna\","
                + "\"rank\":1}", status().isCreated());
        long root = territory(j, "municipio", null, "00");
        long one = territory(j, "comuna", root, "01");
        long two = territory(j, "comuna", root, "02");
        long vac = indicator(j, "VAC", "TRIMESTRAL");
        long nut = indicator(j, "NUT", "ANUAL");
        return new long[]{j, root, one, two, vac, nut};
    }

    long territory(long j, String level, Long parent, String code) throws Exception {
        return send(post("/api/v1/territories"), "{\"jurisdictionId\":" + j + ",\"levelCode\":\"" + level
                + "\",\"parentId\":" + parent + ",\"code\":\"" + code + "\",\"name\":\"Territorio " + code
                + "\",\"areaType\":\"URBAN\",\"population\":1000}", status().isCreated()).get("id").asLong();
    }

    long indicator(long j, String code, String periodicity) throws Exception {
        return send(post("/api/v1/indicators?jurisdiction=" + j), "{\"code\":\"" + code + "\",\"name\":\"Indicador "
                + code + "\",\"definition\":\"Definición\",\"unit\":\"%\",\"direction\":\"HIGHER_IS_BETTER\","
                + "\"periodicity\":\"" + periodicity + "\",\"byTerritory\":true}", status().isCreated()).get("id")
                        .asLong();
    }

    void value(long indicator, String period, long territory, String value) throws Exception {
        send(put("/api/v1/indicators/" + indicator + "/values"), "{\"period\":\"" + period + "\",\"territoryId\":"
                + territory + ",\"value\":" + value + "}", status().isOk());
    }

    Set<String> values(JsonNode dataValueSets) {
        Set<String> out = new HashSet<>();
        dataValueSets.get("dataValues").forEach(v -> out.add(v.path("dataElement").asText() + "|"
                + v.path("categoryOptionCombo").asText("") + "|" + v.get("period").asText() + "|"
                + v.get("orgUnit").asText() + "|" + v.get("value").asText()));
        return out;
    }

    @Test
    void valuesGoToDhis2WithItsIdentifiersAndComeBackIntoAnEmptyJurisdiction() throws Exception {
        long[] a = jurisdiction("99401");
        send(put("/api/v1/dhis2/mappings/99401"), MAPPING, status().isOk());
        value(a[4], "2026-Q1", a[2], "12.5");
        value(a[4], "2026-Q2", a[2], "14");
        value(a[4], "2026-Q1", a[3], "7");
        value(a[5], "2025", a[3], "3.25");
        value(a[5], "2025", a[1], "99"); // the municipality has no organisation unit: left out

        JsonNode exported = call(get("/api/v1/indicators/export/dhis2?jurisdiction=99401"), status().isOk());
        assertThat(exported.get("dataSet").asText()).isEqualTo(DATA_SET);
        assertThat(exported.get("idScheme").asText()).isEqualTo("UID");
        assertThat(values(exported)).containsExactlyInAnyOrder(
                "fbfJHSPpUQD|Prlt0C1RF0s|2026Q1|DiszpKrYNg8|12.5",
                "fbfJHSPpUQD|Prlt0C1RF0s|2026Q2|DiszpKrYNg8|14",
                "fbfJHSPpUQD|Prlt0C1RF0s|2026Q1|Rp268JB6Ne4|7",
                "cYeuwXTCPkU||2025|Rp268JB6Ne4|3.25");

        // ADX: the 2015 namespace, the data set on every group, application/adx+xml, valid against the schema
        var adxAnswer = mvc.perform(get("/api/v1/indicators/export/adx?jurisdiction=99401")
                .with(httpBasic("admin", PW))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(adxAnswer.getContentType()).startsWith("application/adx+xml");
        String adx = adxAnswer.getContentAsString(StandardCharsets.UTF_8);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/adx-2015/adx_loose.xsd")).newValidator()
                .validate(new StreamSource(new StringReader(adx)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(adx)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("urn:ihe:qrph:adx:2015");
        NodeList groups = doc.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "group");
        assertThat(groups.getLength()).isEqualTo(4);
        for (int i = 0; i < groups.getLength(); i++) {
            assertThat(((Element) groups.item(i)).getAttribute("dataSet")).isEqualTo(DATA_SET);
        }
        assertThat(adx).contains("period=\"2026-04-01/P3M\"").contains("orgUnit=\"DiszpKrYNg8\"")
                .contains("dataElement=\"fbfJHSPpUQD\" categoryOptionCombo=\"Prlt0C1RF0s\" value=\"14\"");

        // the file goes into an empty jurisdiction mapped to the same DHIS2: the same values come out of it
        long[] b = jurisdiction("99402");
        send(put("/api/v1/dhis2/mappings/99402"), MAPPING, status().isOk());
        JsonNode imported = send(post("/api/v1/indicators/import/dhis2?jurisdiction=99402"), exported.toString(),
                status().isOk());
        assertThat(imported.get("imported").asInt()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from indicator_value where indicator_id in (:i)")
                .param("i", java.util.List.of(b[4], b[5])).query(Long.class).single()).isEqualTo(4);
        JsonNode again = call(get("/api/v1/indicators/export/dhis2?jurisdiction=99402"), status().isOk());
        assertThat(values(again)).isEqualTo(values(exported));
        assertThat(again.get("dataSet").asText()).isEqualTo(DATA_SET);
        // the same file again replaces the values instead of doubling them
        send(post("/api/v1/indicators/import/dhis2?jurisdiction=99402"), exported.toString(), status().isOk());
        assertThat(values(call(get("/api/v1/indicators/export/dhis2?jurisdiction=99402"), status().isOk())))
                .isEqualTo(values(exported));
    }

    @Test
    void aFileWithOneBadRowStoresNothingAndNamesEveryProblemByRow() throws Exception {
        long[] c = jurisdiction("99403");
        send(put("/api/v1/dhis2/mappings/99403"), MAPPING, status().isOk());
        String file = """
                {"dataSet": "pBOMPrpg1QX", "dataValues": [
                  {"dataElement": "fbfJHSPpUQD", "categoryOptionCombo": "Prlt0C1RF0s", "period": "2026Q1", "orgUnit": "DiszpKrYNg8", "value": "5"},
                  {"dataElement": "fbfJHSPpUQD", "categoryOptionCombo": "Prlt0C1RF0s", "period": "2026Q1", "orgUnit": "ImspTQPwCqd", "value": "6"},
                  {"dataElement": "cYeuwXTCPkU", "period": "2026W05", "orgUnit": "Rp268JB6Ne4", "value": "mucho"},
                  {"dataElement": "zzzzzzzzzzz", "period": "2026", "orgUnit": "Rp268JB6Ne4", "value": "1"}]}""";
        JsonNode problem = send(post("/api/v1/indicators/import/dhis2?jurisdiction=99403"), file,
                status().isBadRequest());
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("dataValues[1].orgUnit",
                "dataValues[2].period", "dataValues[2].value", "dataValues[3].dataElement");
        assertThat(problem.get("errors").get(0).get("message").asText()).startsWith("Fila 2:")
                .contains("ImspTQPwCqd").contains("no corresponde a ningún territorio");
        assertThat(problem.get("errors").get(1).get("message").asText()).startsWith("Fila 3:").contains("2026W05");
        assertThat(jdbc.sql("select count(*) from indicator_value where indicator_id in (:i)")
                .param("i", java.util.List.of(c[4], c[5])).query(Long.class).single()).as("all or nothing")
                        .isZero();

        // another data set, and a file that is not a dataValueSets
        send(post("/api/v1/indicators/import/dhis2?jurisdiction=99403"),
                file.replace("\"dataSet\": \"pBOMPrpg1QX\"", "\"dataSet\": \"BfMAe6Itzgt\""), status().isBadRequest());
        send(post("/api/v1/indicators/import/dhis2?jurisdiction=99403"), "{\"values\": []}", status().isBadRequest());
    }

    @Test
    void aMappingIsCheckedWholeAndAnUnmappedJurisdictionCannotExport() throws Exception {
        long[] d = jurisdiction("99404");
        value(d[5], "2025", d[2], "1");
        JsonNode refused = call(get("/api/v1/indicators/export/dhis2?jurisdiction=99404"), status().isBadRequest());
        assertThat(refused.get("errors").get(0).get("message").asText()).contains("Configure el mapeo DHIS2");

        JsonNode bad = send(put("/api/v1/dhis2/mappings/99404"),
                """
                        {"dataSet": "12", "idScheme": "UID",
                         "orgUnits": [{"territoryCode": "01", "orgUnit": "DiszpKrYNg8"}, {"territoryCode": "77", "orgUnit": "DiszpKrYNg8"}],
                         "dataElements": [{"indicatorCode": "NUT", "dataElement": "no es uid"}]}""",
                status().isBadRequest());
        assertThat(bad.get("errors").findValuesAsText("field")).contains("dataSet", "orgUnits[1].territoryCode",
                "orgUnits[1].orgUnit", "dataElements[0].dataElement");
        assertThat(bad.get("errors").findValuesAsText("message"))
                .anyMatch(m -> m.contains("no es un identificador (uid) de DHIS2"));

        // by code: DHIS2 codes, and a territory or indicator without a line goes with its Minga code
        send(put("/api/v1/dhis2/mappings/99404"), "{\"dataSet\": \"IND_MUN\", \"idScheme\": \"code\"}",
                status().isOk());
        JsonNode byCode = call(get("/api/v1/indicators/export/dhis2?jurisdiction=99404"), status().isOk());
        assertThat(byCode.get("idScheme").asText()).isEqualTo("CODE");
        assertThat(values(byCode)).containsExactly("NUT||2025|01|1");
        JsonNode view = call(get("/api/v1/dhis2/mappings/99404"), status().isOk());
        assertThat(view.get("dataSet").asText()).isEqualTo("IND_MUN");
    }

    @Test
    void thePageSavesTheMappingTypedAsLinesAndNamesTheBadLine() throws Exception {
        jurisdiction("99405");
        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername("admin"));
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(post("/planning/dhis2").with(admin).with(csrf).param("jurisdiction", "99405")
                .param("dataSet", DATA_SET).param("idScheme", "UID")
                .param("orgUnits", "01;DiszpKrYNg8\n02\tRp268JB6Ne4\n")
                .param("dataElements", "VAC;fbfJHSPpUQD;Prlt0C1RF0s\nNUT;cYeuwXTCPkU"))
                .andExpect(status().is3xxRedirection());
        JsonNode saved = call(get("/api/v1/dhis2/mappings/99405"), status().isOk());
        assertThat(saved.get("orgUnits").findValuesAsText("orgUnit")).containsExactly("DiszpKrYNg8", "Rp268JB6Ne4");
        assertThat(saved.get("dataElements").findValuesAsText("categoryOptionCombo")).contains("Prlt0C1RF0s");
        String page = mvc.perform(get("/planning/dhis2?jurisdiction=99405").with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("01;DiszpKrYNg8").contains("/api/v1/indicators/export/adx?jurisdiction=99405");
        // a bad line: the page comes back with the Spanish message and what was typed
        String refused = mvc.perform(post("/planning/dhis2").with(admin).with(csrf).param("jurisdiction", "99405")
                .param("dataSet", DATA_SET).param("idScheme", "UID").param("orgUnits", "01;corto"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("no es un identificador (uid) de DHIS2").contains("01;corto");
    }
}
