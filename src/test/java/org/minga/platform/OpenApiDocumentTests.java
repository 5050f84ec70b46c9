package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The OpenAPI document as a client generator reads it (issue 18): security schemes, operation ids named after what
 * they do, every error answer with the Problem Details schema, JSON bodies typed {@code application/json}. The test
 * writes the document to {@code target/openapi.json}, which CI lints with Redocly CLI ({@code .ci/run}).
 */
@MingaTest
class OpenApiDocumentTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;

    JsonNode document() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(user(users.loadUserByUsername("admin")))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode doc = json.readTree(body);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        return doc;
    }

    @Test
    void declaresTheWaysToSignInWithBasicAsTheSlowOne() throws Exception {
        JsonNode doc = document();
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("bearerToken").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("basicAuth").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("basicAuth").path("description").asText()).contains("lento");
        assertThat(schemes.path("sessionCookie").path("in").asText()).isEqualTo("cookie");
        assertThat(doc.path("security").toString()).contains("bearerToken", "basicAuth", "sessionCookie");
        assertThat(doc.path("paths").path("/api/v1/hsds/services").path("get").path("security").isArray()).isTrue();
        assertThat(doc.path("paths").path("/api/v1/hsds/services").path("get").path("security")).isEmpty();
    }

    @Test
    void operationIdsAreUniqueVerbsAndNouns() throws Exception {
        Set<String> ids = new HashSet<>();
        List<String> badlyNamed = new ArrayList<>();
        document().path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String id = op.getValue().path("operationId").asText();
            if (!ids.add(id) || !id.matches("(list|get|create|update|add|set|remove|delete|export|[a-z]+)[A-Z]\\w*")
                    || id.matches(".*_\\d+") || op.getValue().path("summary").asText().isBlank()) {
                badlyNamed.add(op.getKey() + " " + path.getKey() + " " + id);
            }
        }));
        assertThat(badlyNamed).isEmpty();
        assertThat(ids).contains("listActors", "getActor", "createReferral", "escalateBarrier", "addFairAttendance",
                "exportServices", "getSessionActaPdf");
    }

    @Test
    void everyOperationAnswersErrorsAsProblemDetailsAndJsonAsJson() throws Exception {
        JsonNode doc = document();
        List<String> problems = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String where = op.getKey() + " " + path.getKey();
            JsonNode responses = op.getValue().path("responses");
            if (!responses.has("400")) {
                problems.add(where + ": no 400");
            }
            responses.properties().forEach(r -> {
                if (r.getKey().startsWith("4")
                        && !r.getValue().path("$ref").asText().startsWith("#/components/responses/")) {
                    problems.add(where + " " + r.getKey() + ": not a Problem Details answer");
                }
                if (r.getValue().path("content").has("*/*")) {
                    problems.add(where + " " + r.getKey() + ": typed */*");
                }
            });
        }));
        assertThat(problems).isEmpty();
        assertThat(doc.path("components").path("responses").path("NotFound").path("content")
                .path("application/problem+json").path("schema").path("$ref").asText())
                        .isEqualTo("#/components/schemas/Problem");
        JsonNode actor = doc.path("paths").path("/api/v1/actors/{id}").path("get").path("responses").path("200");
        assertThat(actor.path("content").path("application/json").path("schema").path("$ref").asText())
                .startsWith("#/components/schemas/");
        assertThat(doc.path("paths").path("/api/v1/sessions/{id}/acta.pdf").path("get").path("responses")
                .path("200").path("content").has("application/pdf")).isTrue();
        assertThat(doc.path("paths").path("/api/v1/services/export").path("get").path("responses").path("200")
                .path("content").has(org.minga.platform.TableExport.XLSX_TYPE)).isTrue();
    }

    @Test
    void everySuccessAnswerOfTheApiHasARealSchema() throws Exception {
        JsonNode doc = document();
        List<String> untyped = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> op.getValue()
                .path("responses").properties().forEach(r -> r.getValue().path("content").properties().forEach(m -> {
                    if (path.getKey().startsWith("/api/") && r.getKey().startsWith("2")
                            && ("*/*".equals(m.getKey()) || untyped(doc, m.getValue().path("schema")))) {
                        untyped.add(op.getKey() + " " + path.getKey() + " " + r.getKey() + " " + m.getKey());
                    }
                }))));
        assertThat(untyped).isEmpty();
        List<String> dangling = new ArrayList<>();
        doc.findValues("$ref").forEach(ref -> {
            if (doc.at(ref.asText().substring(1)).isMissingNode()) {
                dangling.add(ref.asText());
            }
        });
        assertThat(dangling).as("references that reach nothing").isEmpty();
        assertThat(doc.path("paths").path("/api/v1/hsds/services/{id}").path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema").path("$ref").asText())
                        .isEqualTo("#/components/schemas/HsdsService");
        assertThat(doc.path("components").path("schemas").path("HsdsService").path("required").toString())
                .contains("id", "name", "status");
    }

    /**
     * Untyped: a bare object (no properties, no composition, no reference, and no typed values of a dictionary),
     * an array of such, or a reference to one.
     */
    private static boolean untyped(JsonNode doc, JsonNode schema) {
        if (schema.isMissingNode() || schema.isEmpty()) {
            return true;
        }
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            JsonNode target = doc.path("components").path("schemas").path(name);
            return target.isMissingNode() || untyped(doc, target);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText()
                : schema.path("type").asText();
        if ("array".equals(type)) {
            return untyped(doc, schema.path("items"));
        }
        if (schema.has("properties") || schema.has("allOf") || schema.has("anyOf") || schema.has("oneOf")
                || (!type.isEmpty() && !"object".equals(type))) {
            return false;
        }
        JsonNode values = schema.path("additionalProperties");
        return !values.isObject() || untyped(doc, values);
    }

    @Test
    void theHsdsAnswersValidateAgainstTheSchemasTheDocumentDeclares() throws Exception {
        JsonNode doc = document();
        String service = answer("/api/v1/hsds/services?per_page=1").path("contents").get(0).path("id").asText();
        String organization = answer("/api/v1/hsds/organizations?per_page=1").path("contents").get(0).path("id")
                .asText();
        String sal = answer("/api/v1/hsds/service_at_locations?per_page=1").path("contents").get(0).path("id")
                .asText();
        String taxonomy = answer("/api/v1/hsds/taxonomies").path("contents").get(0).path("id").asText();
        String term = answer("/api/v1/hsds/taxonomy_terms").path("contents").get(0).path("id").asText();
        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("/api/v1/hsds", "/api/v1/hsds");
        calls.put("/api/v1/hsds/services?per_page=5", "/api/v1/hsds/services");
        calls.put("/api/v1/hsds/services?per_page=5&full=true", "/api/v1/hsds/services");
        calls.put("/api/v1/hsds/services?per_page=5&minimal=true", "/api/v1/hsds/services");
        calls.put("/api/v1/hsds/services/" + service, "/api/v1/hsds/services/{id}");
        calls.put("/api/v1/hsds/organizations?per_page=5", "/api/v1/hsds/organizations");
        calls.put("/api/v1/hsds/organizations?per_page=5&full_service=true", "/api/v1/hsds/organizations");
        calls.put("/api/v1/hsds/organizations/" + organization, "/api/v1/hsds/organizations/{id}");
        calls.put("/api/v1/hsds/service_at_locations?per_page=5&full=true", "/api/v1/hsds/service_at_locations");
        calls.put("/api/v1/hsds/service_at_locations/" + sal, "/api/v1/hsds/service_at_locations/{id}");
        calls.put("/api/v1/hsds/taxonomies", "/api/v1/hsds/taxonomies");
        calls.put("/api/v1/hsds/taxonomies/" + taxonomy, "/api/v1/hsds/taxonomies/{id}");
        calls.put("/api/v1/hsds/taxonomy_terms", "/api/v1/hsds/taxonomy_terms");
        calls.put("/api/v1/hsds/taxonomy_terms/" + term, "/api/v1/hsds/taxonomy_terms/{id}");
        List<String> invalid = new ArrayList<>();
        calls.forEach((url, path) -> {
            try {
                JsonSchema schema = declared(doc, path);
                schema.validate(answer(url)).forEach(error -> invalid.add(url + ": " + error));
            } catch (Exception e) {
                invalid.add(url + ": " + e);
            }
        });
        assertThat(invalid).isEmpty();
        // the validator is live: a service without its name and status does not pass
        assertThat(declared(doc, "/api/v1/hsds/services/{id}")
                .validate(json.readTree("{\"id\": \"ac148810-d857-441c-9679-408f346de14b\"}"))).isNotEmpty();
    }

    /** The schema of the operation's 200 answer as a JSON Schema 2020-12 whose references reach the components. */
    private JsonSchema declared(JsonNode doc, String path) {
        ObjectNode root = json.createObjectNode();
        root.set("components", doc.path("components"));
        root.set("allOf", json.createArrayNode().add(doc.path("paths").path(path).path("get").path("responses")
                .path("200").path("content").path("application/json").path("schema")));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, config);
    }

    private JsonNode answer(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(java.net.URI.create(url))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownPathsWrongMethodsAndWrongBodiesAnswerProblemDetailsInSpanish() throws Exception {
        assertProblem(get("/api/v1/no-existe"), 404, "No encontrado");
        assertProblem(delete("/api/v1/territories").with(csrf()), 405, "Método no admitido");
        assertProblem(post("/api/v1/territories").with(csrf()).contentType(MediaType.TEXT_PLAIN).content("hola"),
                415, "Tipo de contenido no admitido");
    }

    private void assertProblem(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            int status, String title) throws Exception {
        RequestBuilder signedIn = request.with(user(users.loadUserByUsername("admin")));
        MockHttpServletResponse response = mvc.perform(signedIn).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.path("title").asText()).isEqualTo(title);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("detail").asText()).matches(".*[áéíóúñ].*|.*(no|dirección|solicitud).*");
    }
}
