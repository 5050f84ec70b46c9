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
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
