package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.minga.HandlerCatalog;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A table-driven fuzz of every JSON write endpoint the OpenAPI document lists (so a new endpoint is covered
 * without touching this test): wrong types, NUL characters, 10,000-character strings, dates out of range and
 * huge numbers, one field at a time on an otherwise plausible body, as an administrator and as a local user.
 * No answer may be a 500, and every 400 must name a field in Spanish. Each request runs in a transaction that
 * is rolled back, so the fuzz leaves no rows behind for the other tests of the shared database.
 */
@MingaTest
class JsonInputFuzzTests {

    static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    /**
     * One API token per user, minted once: the fuzz calls the API as an integrator does (bearer token, stateless,
     * no session), and checking a password on each of thousands of requests would only measure the password hash.
     */
    final Map<String, String> tokens = new LinkedHashMap<>();

    String tokenOf(String user) {
        return tokens.computeIfAbsent(user, u -> {
            try {
                String created = mvc.perform(post("/api/v1/tokens").with(httpBasic(u, "minga2026"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Fuzz de entradas JSON\",\"days\":1}"))
                        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                return json.readTree(created).path("secret").asText();
            } catch (Exception e) {
                throw new IllegalStateException("no token for " + u, e);
            }
        });
    }

    record Endpoint(HttpMethod method, String path, JsonNode schema, List<String> queryParameters) {
    }

    record Failure(String user, String endpoint, String input, int status, String body) {
        @Override
        public String toString() {
            return user + " " + endpoint + " <- " + input + " : " + status + " " + body;
        }
    }

    JsonNode components;
    final Map<String, Object> ids = new LinkedHashMap<>();

    @Test
    void everyJsonWriteEndpointAnswersBadInputWithoutA500() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "minga2026")))
                .andReturn().getResponse().getContentAsString());
        components = api.path("components").path("schemas");
        List<Endpoint> endpoints = jsonWriteEndpoints(api);
        assertThat(endpoints).as("JSON write endpoints in /v3/api-docs").hasSizeGreaterThan(80);
        lookUpIds();

        List<Failure> failures = new ArrayList<>();
        List<Failure> unnamed = new ArrayList<>();
        int requests = 0;
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        java.util.Set<String> accepted = new java.util.TreeSet<>();
        for (String user : List.of("admin", "local.suba")) {
            long started = System.nanoTime();
            for (Endpoint e : endpoints) {
                String url = url(e);
                JsonNode base = sample(e.schema(), "", 0);
                for (Map.Entry<String, String> input : inputs(base).entrySet()) {
                    requests++;
                    MockHttpServletResponse r = perform(user, e.method(), url, input.getValue());
                    String body = r.getContentAsString();
                    statuses.merge(user + " " + r.getStatus(), 1, Integer::sum);
                    if (r.getStatus() < 300 && user.equals("admin")) {
                        accepted.add(e.method() + " " + e.path());
                    }
                    if (r.getStatus() >= 500) {
                        failures.add(new Failure(user, e.method() + " " + url, input.getKey(), r.getStatus(),
                                body.length() > 300 ? body.substring(0, 300) : body));
                    } else if (r.getStatus() == 400 && !namesAFieldInSpanish(body)) {
                        unnamed.add(new Failure(user, e.method() + " " + url, input.getKey(), r.getStatus(),
                                body.length() > 300 ? body.substring(0, 300) : body));
                    }
                }
            }
            System.out.printf("fuzz as %s: %d requests so far, %d s%n", user, requests,
                    (System.nanoTime() - started) / 1_000_000_000);
        }
        System.out.println("fuzz answers by user and status: " + statuses);
        System.out.println("endpoints that stored the plausible body as admin (" + accepted.size() + "): " + accepted);
        assertThat(requests).isGreaterThan(2000);

        assertThat(failures).as("answers of 500 among %d requests:\n%s", requests, String.join("\n",
                failures.stream().map(Failure::toString).toList())).isEmpty();
        assertThat(unnamed).as("400 answers without a field and a Spanish message:\n%s", String.join("\n",
                unnamed.stream().map(Failure::toString).toList())).isEmpty();
        // the fuzz reaches the handlers: endpoints take the plausible body, so the bad values hit real writes
        assertThat(accepted).as("endpoints answering 2xx to the plausible body").hasSizeGreaterThanOrEqualTo(12);
    }

    boolean namesAFieldInSpanish(String body) throws Exception {
        JsonNode problem = json.readTree(body);
        JsonNode errors = problem.path("errors");
        if (!errors.isArray() || errors.isEmpty()) {
            return false;
        }
        for (JsonNode error : errors) {
            if (error.path("field").asText().isBlank() || error.path("message").asText().isBlank()
                    || error.path("message").asText().matches("(?i).*(exception|must not|failed|cannot|sql|jdbc).*")) {
                return false;
            }
        }
        return true;
    }

    MockHttpServletResponse perform(String user, HttpMethod method, String url, String body) {
        String token = tokenOf(user); // minted outside the rolled-back transaction
        return tx.execute(status -> {
            status.setRollbackOnly();
            try {
                return mvc.perform(request(method, url).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
            } catch (Exception ex) {
                MockHttpServletResponse failed = new MockHttpServletResponse();
                failed.setStatus(599);
                try {
                    failed.getWriter().write("unhandled " + ex);
                } catch (java.io.IOException ignored) {
                    // the status says it all
                }
                return failed;
            }
        });
    }

    List<Endpoint> jsonWriteEndpoints(JsonNode api) {
        List<Endpoint> endpoints = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!List.of("post", "put", "patch").contains(op.getKey())) {
                return;
            }
            JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
            if (schema.isMissingNode()) {
                return;
            }
            List<String> query = new ArrayList<>();
            op.getValue().path("parameters").forEach(p -> {
                if (p.path("in").asText().equals("query")) {
                    query.add(p.path("name").asText());
                }
            });
            endpoints.add(new Endpoint(HttpMethod.valueOf(op.getKey().toUpperCase()), path.getKey(), schema, query));
        }));
        return endpoints;
    }

    void lookUpIds() {
        long bogota = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single();
        ids.put("jurisdictionId", bogota);
        ids.put("territoryId", jdbc.sql("select id from territory where jurisdiction_id = ? and code = '11'")
                .param(bogota).query(Long.class).single());
        Map<String, String> tables = Map.ofEntries(Map.entry("personId", "person"),
                Map.entry("householdId", "household"),
                Map.entry("actorId", "actor"), Map.entry("serviceId", "offer_service"), Map.entry("bodyId", "gov_body"),
                Map.entry("sessionId", "gov_session"), Map.entry("fieldTeamId", "field_team"),
                Map.entry("surveyId", "survey"), Map.entry("spaceId", "participation_space"),
                Map.entry("practiceId", "practice"), Map.entry("planNodeId", "plan_node"),
                Map.entry("instrumentId", "instrument"), Map.entry("evaluatorId", "app_user"),
                Map.entry("organiserActorId", "actor"), Map.entry("referralServiceId", "offer_service"),
                Map.entry("responsibleMemberId", "gov_member"), Map.entry("parentId", "territory"));
        tables.forEach((name, table) -> ids.put(name, firstId(table)));
        // the object a path is about: the first row of the table its segment names (one list for every handler walk)
        HandlerCatalog.TABLES.forEach((segment, table) -> ids.put("/" + segment, firstId(table)));
        ids.put("actorCode", jdbc.sql("select code from actor where jurisdiction_id = ? order by id limit 1")
                .param(bogota).query(String.class).optional().orElse("SDIS"));
        ids.put("bodyCode", jdbc.sql("select code from gov_body order by id limit 1").query(String.class).optional()
                .orElse("MESA"));
    }

    long firstId(String table) {
        if (jdbc.sql("select to_regclass(:t) is null").param("t", table).query(Boolean.class).single()) {
            return 1L;
        }
        return jdbc.sql("select coalesce(min(id), 1) from " + table).query(Long.class).single();
    }

    String url(Endpoint e) {
        StringBuilder out = new StringBuilder(HandlerCatalog.expand(e.path(), v -> Optional.of(String.valueOf(
                v.name().equals("code") ? "11001"
                        : v.name().equals("id") ? ids.getOrDefault("/" + v.segment(), 1L)
                                : ids.getOrDefault(v.name(), 1L))))
                .orElseThrow());
        if (e.queryParameters().contains("jurisdiction")) {
            out.append("?jurisdiction=11001");
        }
        return out.toString();
    }

    JsonNode resolve(JsonNode schema) {
        int guard = 0;
        while (schema.has("$ref") && guard++ < 10) {
            String ref = schema.get("$ref").asText();
            schema = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    /** A plausible value for the schema: real codes and ids of Bogotá for the fields named like them. */
    JsonNode sample(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        if (schema.has("enum")) {
            return F.textNode(schema.get("enum").get(0).asText());
        }
        switch (type) {
            case "string" :
                return F.textNode(sampleText(name, format));
            case "integer" :
                Object id = ids.get(name);
                if (id instanceof Long l) {
                    return F.numberNode(l);
                }
                return F.numberNode(name.equals("version") ? 0 : name.equals("year") ? 2025 : 1);
            case "number" :
                return F.numberNode(name.equals("latitude") ? 4.74 : name.equals("longitude") ? -74.08 : 1.5);
            case "boolean" :
                return F.booleanNode(true);
            case "array" :
                ArrayNode array = F.arrayNode();
                if (depth < 3) {
                    array.add(sample(schema.path("items"), singular(name), depth + 1));
                }
                return array;
            default :
                ObjectNode object = F.objectNode();
                if (depth < 3) {
                    schema.path("properties").fields()
                            .forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue(), p.getKey(), depth + 1)));
                    if (!schema.has("properties") && schema.has("additionalProperties")) {
                        object.set("1", sample(schema.get("additionalProperties"), "", depth + 1));
                    }
                }
                return object;
        }
    }

    static String singular(String name) {
        return name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    String sampleText(String name, String format) {
        if (format.equals("date")) {
            return "2026-03-16";
        }
        if (format.equals("date-time")) {
            return "2026-03-16T15:00:00Z";
        }
        if (format.equals("uuid") || name.equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (format.equals("email") || name.equals("email")) {
            return "persona@example.org";
        }
        String n = name.toLowerCase();
        return switch (n) {
            case "jurisdiction" -> "11001";
            case "territory", "territorycode", "parentcode", "parent", "territorie", "territorycodes", "territories" -> "11";
            case "actor", "actorcode", "responsibleactorcode", "templateactorcode", "actorcodes", "coresponsibleactorcode", "coresponsibleactorcodes" -> (String) ids
                    .get("actorCode");
            case "bodycode" -> (String) ids.get("bodyCode");
            case "url", "website", "link" -> "https://example.org/servicio";
            case "phone" -> "3001234567";
            case "documenttype" -> "CC";
            case "documentnumber" -> String.valueOf(1_000_000_000L + (long) (Math.random() * 1_000_000_000L));
            case "timezone" -> "America/Bogota";
            case "country" -> "CO";
            case "code" -> "FZ" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            case "sex" -> "F";
            case "starttime", "time", "opensat", "closesat" -> "09:00";
            case "period" -> "2025";
            case "username", "responsibleusername" -> "local.suba";
            default -> "Prueba de entrada " + name;
        };
    }

    /** Every bad input to try: the body as a whole, then each field (and each field of nested objects) in turn. */
    Map<String, String> inputs(JsonNode base) throws Exception {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("valid-looking body", json.writeValueAsString(base));
        inputs.put("empty body", "");
        inputs.put("malformed JSON", "{\"a\": ");
        inputs.put("an array instead of an object", "[1, 2]");
        inputs.put("a huge number instead of an object", "1" + "0".repeat(400));
        inputs.put("null", "null");
        mutate(base, "", base, inputs, 0);
        return inputs;
    }

    void mutate(JsonNode root, String at, JsonNode node, Map<String, String> inputs, int depth) throws Exception {
        if (depth > 2) {
            return;
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode original = object.get(name);
                for (Map.Entry<String, JsonNode> bad : badValues(original).entrySet()) {
                    object.set(name, bad.getValue());
                    inputs.put(at + name + " = " + bad.getKey(), json.writeValueAsString(root));
                }
                object.set(name, original);
                mutate(root, at + name + ".", original, inputs, depth + 1);
            }
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            JsonNode first = array.get(0);
            for (Map.Entry<String, JsonNode> bad : badValues(first).entrySet()) {
                array.set(0, bad.getValue());
                inputs.put(at + "[0] = " + bad.getKey(), json.writeValueAsString(root));
            }
            array.set(0, first);
            mutate(root, at + "[0].", first, inputs, depth + 1);
        }
    }

    /** The bad values for one field: a few per kind, chosen for the ways a value breaks a store or a page. */
    static Map<String, JsonNode> badValues(JsonNode original) {
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        if (original.isTextual()) {
            String text = original.asText();
            if (text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                bad.put("year +99999", F.textNode("+99999-01-01" + text.substring(10)));
                bad.put("year 0001", F.textNode("0001-01-01" + text.substring(10)));
                bad.put("30 February", F.textNode(text.substring(0, 4) + "-02-30" + text.substring(10)));
            } else {
                bad.put("NUL", F.textNode(text + "\u0000x"));
                bad.put("10,000 characters", F.textNode("x".repeat(10_000)));
                bad.put("an object", F.objectNode().put("a", 1));
            }
        } else if (original.isNumber()) {
            bad.put("huge integer", F.numberNode(new java.math.BigInteger("9".repeat(40))));
            bad.put("beyond int", F.numberNode(2_147_483_648L));
            bad.put("1e400", F.numberNode(new java.math.BigDecimal("1e400")));
            bad.put("a word", F.textNode("NaN"));
        } else if (original.isBoolean()) {
            bad.put("a word", F.textNode("quizás"));
        } else if (original.isArray()) {
            bad.put("a string", F.textNode("x"));
            bad.put("[null]", F.arrayNode().addNull());
        } else if (original.isObject()) {
            bad.put("a string", F.textNode("x"));
        }
        return bad;
    }
}
