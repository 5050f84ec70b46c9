package org.minga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minga.HandlerCatalog;
import org.minga.HandlerCatalog.Endpoint;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix, generated from the handlers themselves: every page mapping and API endpoint (the
 * OpenAPI document's operations are checked to be among them), called as every demo role, on objects of Suba,
 * of Kennedy and of Cúcuta. It fails on a handler that declares no capability, on an answer that shows a person
 * outside the role's reach (their document number, name or address), and on a write that succeeds where the
 * access policy says no. A new handler is covered the day it is written.
 */
@MingaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    static final List<String> USERS = List.of("admin", "distrito", "zona.norte", "local.suba", "campo.suba",
            "evaluador", "consulta.kennedy", "cucuta", "salud.bogota", "privacidad.bogota");

    enum Place {
        SUBA, KENNEDY, CUCUTA
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Map<String, UserDetails> principals = new LinkedHashMap<>();
    Map<Place, String> paths = new LinkedHashMap<>();
    Map<Place, Long> territoryIds = new LinkedHashMap<>();
    Map<Place, Long> jurisdictionIds = new LinkedHashMap<>();
    Map<Place, String> jurisdictionCodes = new LinkedHashMap<>();
    /** Persons with their markers: document number, full name, household address. */
    List<PersonMarkers> persons = new ArrayList<>();

    record PersonMarkers(long id, long jurisdictionId, String path, List<String> markers) {
    }

    @BeforeAll
    void fixtures() {
        for (String u : USERS) {
            principals.put(u, users.loadUserByUsername(u));
        }
        long bogota = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).single();
        long cucuta = jdbc.sql("select id from jurisdiction where code = '54001'").query(Long.class).single();
        place(Place.SUBA, bogota, "11001", "select id, path from territory where jurisdiction_id = :j and code = '11'");
        place(Place.KENNEDY, bogota, "11001",
                "select id, path from territory where jurisdiction_id = :j and code = '08'");
        place(Place.CUCUTA, cucuta, "54001",
                "select id, path from territory where jurisdiction_id = :j and parent_id is null");
        // markers that name one person only: document numbers, full names and addresses that are not shared
        persons.addAll(jdbc.sql("""
                with p as (
                  select p.id, p.jurisdiction_id, p.territory_path, p.document_number,
                         p.first_name || ' ' || p.last_name as full_name, h.address
                  from person p left join household h on h.id = p.household_id
                  where p.anonymised_at is null)
                select p.*,
                  (select count(*) from p q where q.full_name = p.full_name) as same_name,
                  (select count(*) from p q where q.address = p.address) as same_address,
                  -- the invented demo names of some people are also those of staff, evaluators or authors
                  exists (select 1 from app_user u where u.full_name like '%' || p.full_name || '%')
                    or exists (select 1 from practice_evaluator e where e.full_name like '%' || p.full_name || '%')
                    or exists (select 1 from practice x where x::text like '%' || p.full_name || '%')
                    or exists (select 1 from gov_member x where x::text like '%' || p.full_name || '%')
                    as staff_name
                from p""")
                .query((rs, n) -> {
                    List<String> markers = new ArrayList<>();
                    String doc = rs.getString("document_number");
                    if (doc != null && doc.length() >= 7) {
                        markers.add(doc);
                    }
                    if (rs.getInt("same_name") == 1 && !rs.getBoolean("staff_name")) {
                        markers.add(rs.getString("full_name"));
                    }
                    String address = rs.getString("address");
                    if (address != null && address.length() >= 12 && rs.getInt("same_address") == 1) {
                        markers.add(address);
                    }
                    return new PersonMarkers(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                            rs.getString("territory_path"), markers);
                }).list());
        assertThat(persons).as("demo persons to look for").hasSizeGreaterThan(100);
    }

    private void place(Place place, long jurisdictionId, String code, String sql) {
        Map<String, Object> row = jdbc.sql(sql).param("j", jurisdictionId).query().listOfRows().get(0);
        territoryIds.put(place, ((Number) row.get("id")).longValue());
        paths.put(place, (String) row.get("path"));
        jurisdictionIds.put(place, jurisdictionId);
        jurisdictionCodes.put(place, code);
    }

    // ---- every handler declares its capability

    List<Endpoint> endpoints() {
        return HandlerCatalog.endpoints(mappings);
    }

    static Optional<Capability[]> declared(HandlerMethod handler) {
        return AccessPolicy.declaredOn(handler.getMethod(), handler.getBeanType());
    }

    @Test
    void everyPageAndApiHandlerDeclaresTheCapabilityItNeeds() {
        List<String> undeclared = endpoints().stream()
                .filter(e -> declared(e.handler()).map(c -> c.length == 0).orElse(true))
                .map(e -> e.method() + " " + e.template()).toList();
        assertThat(endpoints()).hasSizeGreaterThan(400);
        assertThat(undeclared).as("handlers without @Requires").isEmpty();
    }

    @Test
    void everyOperationOfTheOpenApiDocumentIsAHandlerOfTheMatrix() throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs").with(user(principals.get("admin"))))
                .andReturn().getResponse().getContentAsString();
        JsonNode doc = json.readTree(body);
        Set<String> handlers = new TreeSet<>();
        for (Endpoint e : endpoints()) {
            handlers.add(e.method() + " " + HandlerCatalog.plain(e.template()));
        }
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) doc.get("paths")::fields) {
            for (var op : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                operations++;
                String key = op.getKey().toUpperCase() + " " + path.getKey();
                if (!handlers.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(200);
        assertThat(missing).as("OpenAPI operations not found among the handlers").isEmpty();
    }

    // ---- reads: nobody sees a person outside their reach

    /** Persons the user may see in some answer: those of the reach of READ_PERSONAL_DATA, plus the role's own ways. */
    Set<Long> visiblePersons(String username) {
        var principal = principals.get(username);
        CurrentUser u = ((org.minga.platform.internal.security.MingaPrincipal) principal).currentUser();
        Set<Long> visible = new java.util.HashSet<>();
        Reach reach = AccessPolicy.reach(u.role(), Capability.READ_PERSONAL_DATA);
        String prefix = u.territoryId() == null ? null
                : jdbc.sql("select path from territory where id = :id").param("id", u.territoryId()).query(String.class)
                        .single();
        for (PersonMarkers p : persons) {
            boolean inReach = reach != Reach.NONE && (u.jurisdictionId() == null
                    || u.jurisdictionId() == p.jurisdictionId() && (prefix == null || p.path().startsWith(prefix)));
            if (inReach) {
                visible.add(p.id());
            }
        }
        if (AccessPolicy.reach(u.role(), Capability.ANSWER_REFERRALS) == Reach.ENTITY) {
            // entity staff: the people referred to their entity
            visible.addAll(jdbc.sql("""
                    select r.person_id from referral r join actor_staff s on s.actor_id = r.actor_id
                    where s.user_id = :u and r.person_id is not null""")
                    .param("u", u.id()).query(Long.class).list());
        }
        if (AccessPolicy.holds(u.role(), Capability.PROCESS_DATA_REQUESTS)) {
            // the privacy officer: the people whose requests they answer
            visible.addAll(jdbc.sql("select person_id from data_request where jurisdiction_id = :j")
                    .param("j", u.jurisdictionId()).query(Long.class).list());
        }
        return visible;
    }

    @Test
    void noAnswerShowsAPersonOutsideTheRolesReach() throws Exception {
        List<Endpoint> reads = endpoints().stream().filter(e -> e.method() == HttpMethod.GET).toList();
        List<String> leaks = new ArrayList<>();
        int calls = 0;
        for (String username : USERS) {
            Set<Long> visible = visiblePersons(username);
            List<PersonMarkers> hidden = persons.stream().filter(p -> !visible.contains(p.id())).toList();
            for (Endpoint e : reads) {
                for (Place place : places(e)) {
                    Optional<MockHttpServletRequestBuilder> request = request(e, place);
                    if (request.isEmpty()) {
                        continue;
                    }
                    calls++;
                    MockHttpServletResponse response = mvc.perform(request.get().with(user(principals.get(username))))
                            .andReturn().getResponse();
                    if (response.getStatus() != 200 || !textual(response)) {
                        continue;
                    }
                    String body = response.getContentAsString();
                    for (PersonMarkers p : hidden) {
                        for (String marker : p.markers()) {
                            if (body.contains(marker)) {
                                leaks.add(username + " GET " + e.template() + " (" + place + "): person " + p.id()
                                        + " «" + marker + "»");
                                break;
                            }
                        }
                    }
                }
            }
        }
        assertThat(calls).as("calls made").isGreaterThan(1000);
        assertThat(leaks).as("answers that show a person outside the role's reach").isEmpty();
    }

    // ---- writes: none succeeds where the policy says no

    @Test
    void noWriteSucceedsWhereThePolicyRefusesIt() throws Exception {
        List<Endpoint> writes = endpoints().stream().filter(e -> e.method() != HttpMethod.GET).toList();
        List<String> wrong = new ArrayList<>();
        for (String username : USERS) {
            CurrentUser u = ((org.minga.platform.internal.security.MingaPrincipal) principals.get(username))
                    .currentUser();
            for (Endpoint e : writes) {
                Capability[] needed = declared(e.handler()).orElseThrow();
                boolean allowed = Arrays.stream(needed).anyMatch(c -> c == Capability.PUBLIC
                        || AccessPolicy.holds(u.role(), c));
                if (allowed) {
                    continue;
                }
                Optional<MockHttpServletRequestBuilder> request = request(e, Place.SUBA);
                if (request.isEmpty()) {
                    continue;
                }
                int status = mvc.perform(request.get().with(user(principals.get(username))).with(csrf()))
                        .andReturn().getResponse().getStatus();
                if (status != 403) {
                    wrong.add(username + " " + e.method() + " " + e.template() + " answered " + status
                            + " instead of 403");
                }
            }
        }
        assertThat(wrong).as("writes not refused with 403 to roles without the capability").isEmpty();
    }

    @Test
    void noApiWriteSucceedsOnAnObjectOutsideTheUsersTerritory() throws Exception {
        // local.suba and campo.suba hold the capabilities, but Kennedy's and Cúcuta's objects are outside their reach
        List<Endpoint> writes = endpoints().stream().filter(e -> e.method() != HttpMethod.GET)
                .filter(e -> e.template().startsWith("/api/") && e.template().contains("{")).toList();
        List<String> wrong = new ArrayList<>();
        for (String username : List.of("local.suba", "campo.suba")) {
            for (Endpoint e : writes) {
                for (Place place : List.of(Place.KENNEDY, Place.CUCUTA)) {
                    Optional<MockHttpServletRequestBuilder> request = request(e, place);
                    if (request.isEmpty()) {
                        continue;
                    }
                    MockHttpServletResponse r = mvc
                            .perform(request.get().with(user(principals.get(username))).with(csrf())
                                    .contentType(MediaType.APPLICATION_JSON).content("{}"))
                            .andReturn().getResponse();
                    if (r.getStatus() < 400) {
                        wrong.add(username + " " + e.method() + " " + e.template() + " (" + place + ") answered "
                                + r.getStatus());
                    }
                }
            }
        }
        assertThat(wrong).as("API writes on objects outside the user's territory that did not fail").isEmpty();
    }

    // ---- requests

    private static boolean textual(MockHttpServletResponse response) {
        String type = response.getContentType();
        return type == null || type.contains("json") || type.contains("html") || type.contains("text")
                || type.contains("csv") || type.contains("xml") || type.contains("calendar");
    }

    /** Every place for an endpoint that names an object or a jurisdiction or territory; Suba alone otherwise. */
    private static List<Place> places(Endpoint e) {
        boolean byPlace = e.template().contains("{") || Arrays.stream(e.handler().getMethod().getParameters())
                .filter(p -> p.getAnnotation(RequestParam.class) != null)
                .anyMatch(p -> Set.of("jurisdiction", "territory").contains(name(p)));
        return byPlace ? List.of(Place.values()) : List.of(Place.SUBA);
    }

    /** The request for an endpoint on the objects of a place; empty when no such object exists. */
    Optional<MockHttpServletRequestBuilder> request(Endpoint e, Place place) {
        Optional<String> path = HandlerCatalog.expand(e.template(), v -> {
            if (v.name().equals("code")) {
                return Optional.ofNullable(jurisdictionCodes.get(place));
            } else if (v.name().equals("token")) {
                return Optional
                        .ofNullable(token(e.template().startsWith("/s/") ? "survey" : "participation_space", place));
            } else if (v.first()) {
                return fixture(v.segment(), place).map(String::valueOf);
            }
            return Optional.of("1");
        });
        if (path.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder uri = new StringBuilder(path.get());
        boolean multipart = Arrays.stream(e.handler().getMethodParameters())
                .anyMatch(p -> org.springframework.web.multipart.MultipartFile.class
                        .isAssignableFrom(p.getParameterType()));
        MockHttpServletRequestBuilder b = multipart
                ? MockMvcRequestBuilders.multipart(e.method(), java.net.URI.create(uri.toString()))
                : MockMvcRequestBuilders.request(e.method(), uri.toString());
        for (Parameter p : e.handler().getMethod().getParameters()) {
            RequestParam rp = p.getAnnotation(RequestParam.class);
            if (rp == null) {
                continue;
            }
            String name = name(p);
            boolean required = rp.required() && ValueConstants.DEFAULT_NONE.equals(rp.defaultValue());
            String value = parameter(name, place, p.getType());
            if (org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(p.getType())) {
                continue;
            }
            if (value != null && (required || Set.of("jurisdiction", "territory").contains(name))) {
                b.param(name, value);
            }
        }
        return Optional.of(b);
    }

    private static String name(Parameter p) {
        RequestParam rp = p.getAnnotation(RequestParam.class);
        return !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getName();
    }

    private String parameter(String name, Place place, Class<?> type) {
        return switch (name) {
            case "jurisdiction" -> type == String.class ? jurisdictionCodes.get(place)
                    : String.valueOf(jurisdictionIds.get(place));
            case "jurisdictionCode" -> jurisdictionCodes.get(place);
            case "territory", "parent" -> String.valueOf(territoryIds.get(place));
            case "person" -> fixture("persons", place).map(String::valueOf).orElse(null);
            case "household" -> fixture("households", place).map(String::valueOf).orElse(null);
            case "documentType" -> "CC";
            case "documentNumber" -> jdbc.sql("select document_number from person where territory_path like :p || '%' "
                    + "and document_type = 'CC' order by id limit 1").param("p", paths.get(place)).query(String.class)
                    .optional().orElse("1");
            case "version" -> "0";
            default -> "1";
        };
    }

    private final Map<String, Optional<Long>> fixtureCache = new LinkedHashMap<>();
    private final Map<String, List<String>> columnsCache = new LinkedHashMap<>();

    private List<String> columns(String table) {
        return columnsCache.computeIfAbsent(table, t -> jdbc.sql(
                "select column_name from information_schema.columns where table_schema = 'public' and table_name = :t")
                .param("t", t).query(String.class).list());
    }

    /** An id of the table behind the segment whose row lies in the place, or anywhere when it has no place. */
    Optional<Long> fixture(String segment, Place place) {
        String table = segment == null ? null : HandlerCatalog.TABLES.get(segment);
        if (table == null) {
            return Optional.empty();
        }
        return fixtureCache.computeIfAbsent(table + "@" + place, k -> {
            List<String> cols = columns(table);
            if (cols.isEmpty() || !cols.contains("id")) {
                return Optional.empty();
            }
            String sql;
            if (table.equals("territory")) {
                return Optional.of(territoryIds.get(place));
            } else if (table.equals("notification")) {
                // a notification is its user's own: one of a user of the place (of its subtree, else of the whole
                // jurisdiction), so that a user of another place acts on someone else's
                sql = """
                        select (select x.id from notification x join app_user u on u.id = x.user_id
                                left join territory t on t.id = u.territory_id
                                where u.jurisdiction_id = :j and (t.path like :p || '%' or t.id is null)
                                order by t.id is null, x.id limit 1) as id""";
            } else if (table.equals("field_team")) {
                // a team is the place's when it visits a territory of it (the jurisdiction's first team may be Suba's)
                sql = """
                        select min(x.team_id) from field_team_territory x join territory t on t.id = x.territory_id
                         where t.path like :p || '%' and :j is not null""";
            } else if (cols.contains("territory_path")) {
                sql = "select min(id) from " + table + " where territory_path like :p || '%'";
            } else if (cols.contains("territory_id")) {
                sql = "select min(x.id) from " + table
                        + " x join territory t on t.id = x.territory_id where t.path like :p || '%'";
            } else if (cols.contains("person_id")) {
                sql = "select min(x.id) from " + table
                        + " x join person p on p.id = x.person_id where p.territory_path like :p || '%'";
            } else if (cols.contains("household_id")) {
                sql = "select min(x.id) from " + table
                        + " x join household h on h.id = x.household_id where h.territory_path like :p || '%'";
            } else if (cols.contains("jurisdiction_id")) {
                sql = "select min(id) from " + table + " where jurisdiction_id = :j and :p is not null";
            } else {
                sql = "select min(id) from " + table + " where :p is not null and :j is not null";
            }
            Object id = jdbc.sql(sql).param("p", paths.get(place)).param("j", jurisdictionIds.get(place))
                    .query().listOfRows().get(0).values().iterator().next();
            return Optional.ofNullable(id == null ? null : ((Number) id).longValue());
        });
    }

    private String token(String table, Place place) {
        List<String> cols = columns(table);
        String column = cols.contains("public_token") ? "public_token" : cols.contains("token") ? "token"
                : cols.contains("devolution_token") ? "devolution_token" : null;
        if (column == null) {
            return null;
        }
        return jdbc.sql("select " + column + " from " + table + " where jurisdiction_id = :j and " + column
                + " is not null order by id limit 1")
                .param("j", jurisdictionIds.get(place)).query(String.class).optional().orElse(null);
    }
}
