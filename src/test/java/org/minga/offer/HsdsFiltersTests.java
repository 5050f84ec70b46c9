package org.minga.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The query parameters of the HSDS 3.0 OpenAPI, as a directory harvesting Minga uses them: for each filter a value
 * that excludes everything answers nothing and one that includes one item answers exactly it; the answers still
 * validate against the official schemas; only active services and organisations; CORS for browsers elsewhere.
 */
@MingaTest
class HsdsFiltersTests {

    static final String NOBODY = "6d3c1f0e-0000-4000-8000-000000000000";
    static final String PETS = "Vacunación de caninos y felinos";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    JsonNode read(String url) throws Exception {
        return json.readTree(mvc.perform(get(java.net.URI.create(url))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    List<String> ids(String url) throws Exception {
        JsonNode page = read(url);
        List<String> ids = new ArrayList<>();
        page.get("contents").forEach(c -> ids.add(c.get("id").asText()));
        assertThat(page.get("total_items").asInt()).as(url).isGreaterThanOrEqualTo(ids.size());
        return ids;
    }

    JsonSchema schema(String name, String pointer) throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = getClass().getResourceAsStream("/hsds-3.0/" + name + ".json")) {
            JsonNode node = json.readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(pointer == null ? node : node.at(pointer), config);
        }
    }

    void assertValid(JsonSchema schema, JsonNode node) {
        assertThat(schema.validate(node)).as(node.toString()).isEmpty();
    }

    String serviceUid(String name) {
        return jdbc.sql("""
                select s.uid::text from offer_service s join jurisdiction j on j.id = s.jurisdiction_id
                where j.code = '54001' and s.name = :n""").param("n", name).query(String.class).single();
    }

    @Test
    void searchAnswersNothingOrExactlyTheOneItemNamed() throws Exception {
        assertThat(ids("/api/v1/hsds/services?jurisdiction=54001&search=zqxwv")).isEmpty();
        assertThat(ids("/api/v1/hsds/services?jurisdiction=54001&search=vacunacion%20caninos%20felinos"))
                .containsExactly(serviceUid(PETS));
        assertThat(ids("/api/v1/hsds/organizations?search=zqxwv")).isEmpty();
        String org = jdbc.sql("select a.uid::text from actor a join jurisdiction j on j.id = a.jurisdiction_id "
                + "where j.code = '54001' and a.name = 'Departamento Administrativo de Bienestar Social'")
                .query(String.class).single();
        assertThat(ids(
                "/api/v1/hsds/organizations?jurisdiction=54001&search=departamento%20administrativo%20bienestar%20social"))
                        .containsExactly(org);
        assertThat(ids("/api/v1/hsds/service_at_locations?search=zqxwv")).isEmpty();
    }

    @Test
    void organizationIdAnswersNothingOrExactlyTheServicesOfThatOrganisation() throws Exception {
        Map<String, Object> one = jdbc
                .sql("""
                        select a.uid::text as org, min(s.uid::text) as service from actor a join offer_service s on s.provider_id = a.id
                        join jurisdiction j on j.id = a.jurisdiction_id
                        where j.code = '54001' and a.status = 'ACTIVE' and s.status = 'ACTIVE'
                          and exists (select 1 from offer_service_location l where l.service_id = s.id)
                        group by a.uid having count(*) = 1 order by 1 limit 1""")
                .query().singleRow();
        String org = (String) one.get("org");
        String service = (String) one.get("service");
        assertThat(ids("/api/v1/hsds/services?organization_id=" + NOBODY)).isEmpty();
        assertThat(ids("/api/v1/hsds/services?organization_id=" + org)).containsExactly(service);
        assertThat(ids("/api/v1/hsds/service_at_locations?organization_id=" + NOBODY)).isEmpty();
        JsonNode atLocations = read("/api/v1/hsds/service_at_locations?organization_id=" + org);
        assertThat(atLocations.get("contents").size()).isPositive();
        assertThat(atLocations.get("contents").findValuesAsText("service_id")).containsOnly(service);
        mvc.perform(get("/api/v1/hsds/services?organization_id=no-es-un-uuid")).andExpect(status().isBadRequest());
    }

    @Test
    void modifiedAfterAnswersNothingOrExactlyWhatChangedSince() throws Exception {
        assertThat(ids("/api/v1/hsds/services?modified_after=2100-01-01")).isEmpty();
        assertThat(ids("/api/v1/hsds/services?modified_after=2999-01-01")).isEmpty();
        assertThat(ids("/api/v1/hsds/service_at_locations?modified_after=2100-01-01T00:00:00Z")).isEmpty();
        assertThat(ids("/api/v1/hsds/organizations?modified_after=2100-01-01")).isEmpty();

        // a service and an organisation are edited now: a harvester that asks from that instant gets just them
        Timestamp changed = jdbc
                .sql("update offer_service set updated_at = clock_timestamp() where uid = cast(:u as uuid) "
                        + "returning updated_at")
                .param("u", serviceUid(PETS)).query(Timestamp.class).single();
        assertThat(ids("/api/v1/hsds/services?modified_after=" + changed.toInstant()))
                .containsExactly(serviceUid(PETS));
        assertThat(read("/api/v1/hsds/service_at_locations?modified_after=" + changed.toInstant()).get("contents")
                .findValuesAsText("service_id")).containsOnly(serviceUid(PETS));
        Map<String, Object> org = jdbc.sql("update actor set updated_at = clock_timestamp() where code = 'SSA-CUC' "
                + "returning uid::text, updated_at").query().singleRow();
        assertThat(ids("/api/v1/hsds/organizations?modified_after=" + ((Timestamp) org.get("updated_at")).toInstant()))
                .containsExactly((String) org.get("uid"));
        mvc.perform(get("/api/v1/hsds/services?modified_after=ayer")).andExpect(status().isBadRequest());
    }

    @Test
    void taxonomyTermIdAnswersNothingOrExactlyTheServicesWithThatTerm() throws Exception {
        assertThat(ids("/api/v1/hsds/services?taxonomy_term_id=" + NOBODY)).isEmpty();
        assertThat(ids("/api/v1/hsds/service_at_locations?taxonomy_term_id=" + NOBODY)).isEmpty();
        // a term that exactly one active service of Cúcuta carries, found in the database
        String found = null;
        String expected = null;
        for (JsonNode term : read("/api/v1/hsds/taxonomy_terms?per_page=100").get("contents")) {
            String column = switch (term.get("taxonomy").asText()) {
                case "Necesidades" -> ":c = any(s.needs)";
                case "Sectores" -> "s.sector = :c";
                default -> ":c = any(s.population_groups)";
            };
            List<String> uids = jdbc.sql("select s.uid::text from offer_service s join actor a on a.id = s.provider_id "
                    + "join jurisdiction j on j.id = s.jurisdiction_id where j.code = '54001' and s.status = 'ACTIVE' "
                    + "and a.status = 'ACTIVE' and " + column).param("c", term.get("code").asText())
                    .query(String.class).list();
            if (uids.size() == 1) {
                found = term.get("id").asText();
                expected = uids.get(0);
                break;
            }
        }
        assertThat(found).as("a term carried by one service in Cúcuta").isNotNull();
        assertThat(ids("/api/v1/hsds/services?jurisdiction=54001&taxonomy_term_id=" + found))
                .containsExactly(expected);
        // the service says so: an attribute with that term
        JsonNode service = read("/api/v1/hsds/services/" + expected);
        assertThat(service.get("attributes").findValuesAsText("taxonomy_term_id")).contains(found);
        assertValid(schema("service", null), service);
    }

    @Test
    void pageAndPerPageAnswerExactlyTheItemAsked() throws Exception {
        List<String> two = ids("/api/v1/hsds/services?jurisdiction=54001&per_page=2");
        assertThat(two).hasSize(2);
        assertThat(ids("/api/v1/hsds/services?jurisdiction=54001&per_page=1&page=2")).containsExactly(two.get(1));
        assertThat(ids("/api/v1/hsds/services?jurisdiction=54001&per_page=1&page=100000")).isEmpty();
        assertThat(ids("/api/v1/hsds/taxonomy_terms?per_page=1&page=100000")).isEmpty();
    }

    @Test
    void minimalAndFullChangeTheShapeAndStillValidate() throws Exception {
        JsonNode minimal = read("/api/v1/hsds/services?jurisdiction=54001&minimal=true&per_page=500");
        JsonNode plain = read("/api/v1/hsds/services?jurisdiction=54001&per_page=500");
        assertThat(minimal.get("total_items")).isEqualTo(plain.get("total_items"));
        List<String> minimalIds = new ArrayList<>();
        minimal.get("contents").forEach(c -> minimalIds.add(c.get("id").asText()));
        List<String> plainIds = new ArrayList<>();
        plain.get("contents").forEach(c -> plainIds.add(c.get("id").asText()));
        assertThat(minimalIds).isNotEmpty().containsExactlyElementsOf(plainIds);
        minimal.get("contents").forEach(c -> assertThat(c.size()).isEqualTo(2));
        assertThat(minimal.get("contents").get(0).has("last_modified")).isTrue();

        JsonSchema service = schema("service", null);
        JsonNode full = read("/api/v1/hsds/services?jurisdiction=54001&full=true&per_page=20");
        assertThat(full.get("contents").size()).isPositive();
        for (JsonNode s : full.get("contents")) {
            assertValid(service, s);
            assertThat(s.has("service_at_locations")).isTrue();
        }
        JsonSchema atLocation = schema("service_at_location", null);
        for (JsonNode s : read("/api/v1/hsds/service_at_locations?jurisdiction=54001&full=true&per_page=10")
                .get("contents")) {
            assertValid(atLocation, s);
            assertThat(s.has("service")).isTrue();
        }
        JsonSchema organization = schema("organization", null);
        for (JsonNode o : read("/api/v1/hsds/organizations?jurisdiction=54001&full=true&full_service=true&per_page=5")
                .get("contents")) {
            assertValid(organization, o);
        }
    }

    @Test
    void inactiveServicesAndOrganisationsLeaveThePublicLists() throws Exception {
        String uid = serviceUid(PETS);
        String url = "/api/v1/hsds/services?jurisdiction=54001&search=vacunacion%20caninos";
        assertThat(ids(url)).containsExactly(uid);
        long provider = jdbc.sql("select provider_id from offer_service where uid = cast(:u as uuid)").param("u", uid)
                .query(Long.class).single();
        String providerUid = jdbc.sql("select uid::text from actor where id = :a").param("a", provider)
                .query(String.class).single();
        try {
            jdbc.sql("update offer_service set status = 'INACTIVE' where uid = cast(:u as uuid)").param("u", uid)
                    .update();
            assertThat(ids(url)).isEmpty();
            assertThat(read("/api/v1/hsds/service_at_locations?per_page=500&jurisdiction=54001").get("contents")
                    .findValuesAsText("service_id")).doesNotContain(uid);
        } finally {
            jdbc.sql("update offer_service set status = 'ACTIVE' where uid = cast(:u as uuid)").param("u", uid)
                    .update();
        }
        try {
            jdbc.sql("update actor set status = 'INACTIVE' where id = :a").param("a", provider).update();
            assertThat(ids(url)).isEmpty();
            assertThat(ids("/api/v1/hsds/organizations?jurisdiction=54001&per_page=500")).doesNotContain(providerUid);
        } finally {
            jdbc.sql("update actor set status = 'ACTIVE' where id = :a").param("a", provider).update();
        }
        assertThat(ids(url)).containsExactly(uid);
    }

    @Test
    void needsSectorsAndPopulationGroupsAreTaxonomies() throws Exception {
        JsonSchema taxonomy = schema("service",
                "/properties/attributes/items/properties/taxonomy_term/properties/taxonomy_detail");
        JsonSchema termSchema = schema("service", "/properties/attributes/items/properties/taxonomy_term");
        JsonNode taxonomies = read("/api/v1/hsds/taxonomies");
        assertThat(taxonomies.get("contents").findValuesAsText("name"))
                .containsExactly("Necesidades", "Sectores", "Grupos poblacionales");
        taxonomies.get("contents").forEach(t -> assertValid(taxonomy, t));
        String needs = taxonomies.get("contents").get(0).get("id").asText();
        assertThat(read("/api/v1/hsds/taxonomies/" + needs).get("name").asText()).isEqualTo("Necesidades");
        assertThat(ids("/api/v1/hsds/taxonomies?search=zqxwv")).isEmpty();
        assertThat(ids("/api/v1/hsds/taxonomies?search=poblacionales")).containsExactly(
                taxonomies.get("contents").get(2).get("id").asText());

        JsonNode terms = read("/api/v1/hsds/taxonomy_terms?taxonomy_id=" + needs + "&per_page=100");
        assertThat(terms.get("total_items").asInt()).isEqualTo(Need.values().length);
        terms.get("contents").forEach(t -> assertValid(termSchema, t));
        assertThat(terms.get("contents").findValuesAsText("name")).contains("Salud");
        assertThat(ids("/api/v1/hsds/taxonomy_terms?taxonomy_id=" + NOBODY)).isEmpty();
        assertThat(ids("/api/v1/hsds/taxonomy_terms?search=zqxwv")).isEmpty();
        JsonNode health = read("/api/v1/hsds/taxonomy_terms?taxonomy_id=" + needs + "&search=salud");
        assertThat(health.get("contents").findValuesAsText("code")).containsExactly("HEALTH");
        String healthId = health.get("contents").get(0).get("id").asText();
        assertThat(read("/api/v1/hsds/taxonomy_terms/" + healthId).get("code").asText()).isEqualTo("HEALTH");
        assertThat(ids("/api/v1/hsds/taxonomy_terms?parent_id=" + healthId)).isEmpty();
        mvc.perform(get("/api/v1/hsds/taxonomy_terms/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void browsersOnOtherSitesMayReadThePublicApiButNothingElse() throws Exception {
        String origin = "https://directorio.example.org";
        mvc.perform(options("/api/v1/hsds/services").header("Origin", origin)
                .header("Access-Control-Request-Method", "GET"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Credentials"))
                .andExpect(header().string("Access-Control-Allow-Methods", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("POST"))));
        mvc.perform(get("/api/v1/hsds/services?per_page=1").header("Origin", origin))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Credentials"));
        mvc.perform(options("/api/v1/hsds/services").header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")).andExpect(status().isForbidden());
        // the rest of the API is not open to other sites
        mvc.perform(get("/api/v1/plans").with(httpBasic("admin", "minga2026")).header("Origin", origin))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }
}
