package org.minga.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The HSDS 3.0 API answers, without login, objects that validate against the official compiled schemas
 * (src/test/resources/hsds-3.0, from openreferral/specification 3.0, CC BY-SA 4.0; see the LICENSE there).
 * The schemas declare no $schema; they are validated as JSON Schema 2020-12 with format assertions on.
 */
@MingaTest
class HsdsApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    JsonSchema schema(String name) throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = getClass().getResourceAsStream("/hsds-3.0/" + name + ".json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json.readTree(in), config);
        }
    }

    JsonNode read(String url) throws Exception {
        return json.readTree(mvc.perform(get(java.net.URI.create(url))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    void assertValid(String schemaName, JsonNode node) throws Exception {
        Set<ValidationMessage> errors = schema(schemaName).validate(node);
        assertThat(errors).as(schemaName + ": " + node).isEmpty();
    }

    void assertPage(JsonNode page) {
        assertThat(page.has("total_items")).isTrue();
        assertThat(page.get("page_number").asInt()).isEqualTo(1);
        assertThat(page.get("first_page").asBoolean()).isTrue();
        assertThat(page.get("contents").isArray()).isTrue();
    }

    @Test
    void theSchemasRejectWhatHsdsForbids() throws Exception {
        // the validator is live: a service without name and status, with a bad status or a non-UUID id fails
        assertThat(schema("service").validate(json.readTree("{\"id\": \"ac148810-d857-441c-9679-408f346de14b\"}")))
                .isNotEmpty();
        assertThat(schema("service_list").validate(json.readTree(
                "{\"id\": \"ac148810-d857-441c-9679-408f346de14b\", \"name\": \"x\", \"status\": \"open\"}")))
                        .isNotEmpty();
        assertThat(schema("service_list").validate(json.readTree(
                "{\"id\": \"12\", \"name\": \"x\", \"status\": \"active\"}"))).isNotEmpty();
    }

    @Test
    void servicesValidateAgainstTheOfficialSchemas() throws Exception {
        JsonNode page = read("/api/v1/hsds/services?jurisdiction=54001&per_page=100");
        assertPage(page);
        assertThat(page.get("total_items").asInt()).isGreaterThanOrEqualTo(12);
        for (JsonNode s : page.get("contents")) {
            assertValid("service_list", s);
        }
        JsonNode first = page.get("contents").get(0);
        JsonNode full = read("/api/v1/hsds/services/" + first.get("id").asText());
        assertValid("service", full);
        assertThat(full.get("service_at_locations").size()).isGreaterThan(0);
        assertThat(full.get("organization").get("id").asText()).isEqualTo(first.get("organization_id").asText());
    }

    @Test
    void searchIgnoresAccentsInTheHsdsListToo() throws Exception {
        JsonNode page = read("/api/v1/hsds/services?search=vacunacion&jurisdiction=54001");
        assertThat(page.get("contents").findValuesAsText("name")).contains("Vacunación de caninos y felinos");
        JsonNode colombiaMayor = null;
        for (JsonNode s : read("/api/v1/hsds/services?search=colombia%20mayor&jurisdiction=54001").get("contents")) {
            colombiaMayor = s;
        }
        assertThat(colombiaMayor).isNotNull();
        assertThat(colombiaMayor.get("minimum_age").asInt()).isEqualTo(60);
        assertThat(colombiaMayor.get("eligibility_description").asText()).contains("60 años o más");
    }

    @Test
    void organizationsValidateAndNeverCarryContactPeople() throws Exception {
        JsonNode page = read("/api/v1/hsds/organizations?jurisdiction=54001&per_page=100");
        assertPage(page);
        String withServices = null;
        for (JsonNode o : page.get("contents")) {
            assertValid("organization_list", o);
            if (o.get("name").asText().equals("Departamento Administrativo de Bienestar Social")) {
                withServices = o.get("id").asText();
                assertThat(o.has("parent_organization_id")).isTrue();
            }
        }
        assertThat(withServices).isNotNull();
        JsonNode org = read("/api/v1/hsds/organizations/" + withServices);
        assertValid("organization", org);
        assertThat(org.get("services").findValuesAsText("name")).contains("Colombia Mayor", "Renta Joven");
        assertThat(org.has("contacts")).isFalse();
    }

    @Test
    void serviceAtLocationsValidate() throws Exception {
        JsonNode page = read("/api/v1/hsds/service_at_locations?search=colombia%20mayor");
        assertPage(page);
        assertThat(page.get("contents").size()).isGreaterThan(0);
        for (JsonNode s : page.get("contents")) {
            assertValid("service_at_location_list", s);
        }
        JsonNode one = read("/api/v1/hsds/service_at_locations/" + page.get("contents").get(0).get("id").asText());
        assertValid("service_at_location", one);
        assertThat(one.at("/location/location_type").asText()).isEqualTo("physical");
        assertThat(one.at("/service/name").asText()).isEqualTo("Colombia Mayor");
    }

    @Test
    void unknownIdsAnswerNotFound() throws Exception {
        mvc.perform(get("/api/v1/hsds/services/00000000-0000-0000-0000-000000000000")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hsds/organizations/not-a-uuid")).andExpect(status().isNotFound());
    }
}
