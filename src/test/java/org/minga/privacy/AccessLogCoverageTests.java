package org.minga.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.minga.HandlerCatalog;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET page and API endpoint, called as an administrator (or, where the policy keeps it from them, as the
 * privacy officer) with its path variables filled with demo records:
 * an answer that shows any demo person's document number or full name, or a household's code, must have written an access-log row for
 * that request, named by its method and URI pattern. A new read path that shows people without logging fails here.
 */
@MingaTest
class AccessLogCoverageTests {

    private static final Pattern DIGITS = Pattern.compile("\\d{6,}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+");

    /** Paths that are not Minga's reads, or that change state on GET by design (none should). */
    private static final Set<String> SKIPPED = Set.of("/error", "/logout", "/v3/api-docs", "/v3/api-docs.yaml",
            "/v3/api-docs/swagger-config", "/swagger-ui.html");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Demo(String document, String fullName, String shortName) {
    }

    @Test
    void everyReadPathThatShowsADemoPersonWritesAnAccessLogRow() throws Exception {
        ensureADataRequest();
        List<Demo> people = jdbc.sql("""
                select document_number, concat_ws(' ', first_name, middle_name, last_name, second_last_name),
                       concat_ws(' ', first_name, last_name)
                from person where anonymised_at is null and length(document_number) >= 6""")
                .query((rs, n) -> new Demo(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        // Names that a demo person shares with staff, evaluators or a barrio ("Salón comunal Carlos Ramírez París") are
        // not evidence of a person's record on the page.
        String otherNames = String.join("\n", jdbc.sql("""
                select full_name from app_user union all select full_name from practice_evaluator
                union all select name from field_team_member
                union all select name from territory""").query(String.class).list());
        // a household is identified by its code (H-SUBA-0001)
        Set<String> documents = new HashSet<>(jdbc.sql("select code from household").query(String.class).list());
        Map<String, List<String>> namesByFirstPair = new HashMap<>();
        for (Demo d : people) {
            documents.add(d.document());
            for (String name : List.of(d.fullName(), d.shortName())) {
                if (otherNames.contains(name)) {
                    continue;
                }
                namesByFirstPair.computeIfAbsent(firstPair(name), k -> new ArrayList<>()).add(name);
            }
        }

        Map<String, String> logged = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> unfilled = new ArrayList<>();
        int called = 0;
        // Minga's handlers only: the framework's GET paths (/error, the OpenAPI document) are no reads of Minga's
        for (HandlerCatalog.Endpoint e : HandlerCatalog.endpoints(mappings)) {
            if (e.method() != org.springframework.http.HttpMethod.GET) {
                continue;
            }
            String pattern = e.template();
            if (SKIPPED.contains(pattern) || pattern.startsWith("/actuator")) {
                continue;
            }
            String url;
            try {
                url = expand(pattern) + query(e.handler());
            } catch (NoDemoRecord none) {
                System.out.println("AccessLogCoverageTests: not called, " + pattern + ": " + none.getMessage());
                continue;
            } catch (IllegalStateException unknown) {
                unfilled.add(pattern + ": " + unknown.getMessage());
                continue;
            }
            long before = lastLogId();
            // as the administrator; what the policy keeps from them (data-subject requests, the access log) as
            // the privacy officer of Bogotá, where the demo records are
            String user = "admin";
            MockHttpServletResponse response = mvc.perform(get(url).with(httpBasic(user, "minga2026")))
                    .andReturn().getResponse();
            if (response.getStatus() == 403) {
                user = "privacidad.bogota";
                response = mvc.perform(get(url).with(httpBasic(user, "minga2026"))).andReturn().getResponse();
            }
            called++;
            String body = text(response);
            String shown = personShown(body, documents, namesByFirstPair);
            if (shown == null) {
                continue;
            }
            long rows = jdbc.sql("select count(*) from personal_data_access where id > :b and endpoint = :e "
                    + "and username = :u")
                    .param("b", before).param("e", "GET " + pattern).param("u", user).query(Long.class).single();
            if (rows == 0) {
                missing.add(
                        "GET " + url + " (" + pattern + ") muestra «" + shown + "» sin fila en el registro de accesos");
            } else {
                logged.put(pattern, shown);
            }
        }
        System.out.printf("AccessLogCoverageTests: %d GET paths called, %d showed people and were logged%n", called,
                logged.size());
        assertThat(unfilled).as("patterns this test cannot fill with demo records: teach it the variable").isEmpty();
        assertThat(missing).as("read paths that show personal data without logging").isEmpty();
        assertThat(called).isGreaterThan(150);
        // The enumeration reaches the paths the issue names, so a regression in the walk itself would show here.
        assertThat(logged.keySet()).contains("/households", "/households/{id}", "/persons/{id}", "/api/v1/persons",
                "/api/v1/persons/{id}", "/api/v1/households", "/referrals", "/api/v1/referrals", "/alerts",
                "/api/v1/alerts", "/api/v1/consents", "/care-plans/{id}",
                "/api/v1/data-requests/{id}/export", "/api/v1/fairs/{id:\\d+}/people");
    }

    /** The text of an answer; for a spreadsheet, its cells (an XLSX is a zip whose texts are in sharedStrings.xml). */
    private static String text(MockHttpServletResponse response) throws Exception {
        byte[] bytes = response.getContentAsByteArray();
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            StringBuilder cells = new StringBuilder();
            java.nio.file.Path file = java.nio.file.Files.createTempFile("access-log-coverage", ".zip");
            try {
                java.nio.file.Files.write(file, bytes);
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (var e : java.util.Collections.list(zip.entries())) {
                        if (e.getName().endsWith("sharedStrings.xml") || e.getName().contains("worksheets/")) {
                            cells.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8))
                                    .append('\n');
                        }
                    }
                }
            } catch (java.util.zip.ZipException notAZip) {
                return response.getContentAsString(StandardCharsets.UTF_8);
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
            return cells.toString();
        }
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String firstPair(String name) {
        Matcher m = WORD.matcher(name);
        String first = m.find() ? m.group() : "";
        String second = m.find() ? m.group() : "";
        return first + " " + second;
    }

    private static String personShown(String body, Set<String> documents, Map<String, List<String>> names) {
        for (Pattern p : List.of(DIGITS, CODE)) {
            Matcher d = p.matcher(body);
            while (d.find()) {
                if (documents.contains(d.group())) {
                    return d.group();
                }
            }
        }
        Matcher w = WORD.matcher(body);
        String previous = null;
        while (w.find()) {
            String word = w.group();
            if (previous != null) {
                List<String> candidates = names.get(previous + " " + word);
                if (candidates != null) {
                    for (String c : candidates) {
                        if (body.contains(c)) {
                            return c;
                        }
                    }
                }
            }
            previous = word;
        }
        return null;
    }

    private long lastLogId() {
        return jdbc.sql("select coalesce(max(id), 0) from personal_data_access").query(Long.class).single();
    }

    private void ensureADataRequest() {
        long n = jdbc.sql("select count(*) from data_request where jurisdiction_id = (select id from jurisdiction "
                + "where code = '11001')").query(Long.class).single();
        if (n == 0) {
            jdbc.sql(
                    """
                            insert into data_request (jurisdiction_id, person_id, kind, status, received_on, due_on, requested_by,
                              details, created_by)
                            select jurisdiction_id, id, 'CONSULTA', 'RADICADA', current_date, current_date + 14, 'El titular',
                              'Qué datos tienen sobre mí', 'admin' from person where household_id is not null and anonymised_at is null
                            and jurisdiction_id = (select id from jurisdiction where code = '11001') order by id limit 1""")
                    .update();
        }
    }

    private String expand(String pattern) {
        return HandlerCatalog.expand(pattern, v -> Optional.of(value(pattern, v))).orElseThrow();
    }

    private String value(String pattern, HandlerCatalog.PathVariable v) {
        String segment = v.segment() == null ? "" : v.segment();
        String variable = v.name();
        if (pattern.contains("/attachments/")) {
            return one("select " + ("attachmentId".equals(variable) ? "id" : "practice_id")
                    + " from practice_attachment order by id limit 1");
        }
        if (pattern.contains("/evidence/")) {
            return one("select " + ("evidenceId".equals(variable) ? "id" : "commitment_id")
                    + " from gov_commitment_evidence order by id limit 1");
        }
        String sql = switch (segment) {
            case "households" -> "select household_id from person where household_id is not null and anonymised_at is null "
                    + "order by id limit 1";
            case "persons" -> "select id from person where household_id is not null and anonymised_at is null order by id limit 1";
            case "characterizations" -> "select id from characterization order by person_id nulls last, id limit 1";
            case "alerts" -> "select id from alert where person_id is not null order by id limit 1";
            case "attentions" -> "select id from attention where person_id is not null order by id limit 1";
            case "access-log" -> "select p.id from person p join jurisdiction j on j.id = p.jurisdiction_id "
                    + "where j.code = '11001' and p.household_id is not null and p.anonymised_at is null order by p.id limit 1";
            case "data-requests", "requests" -> "select r.id from data_request r join jurisdiction j on j.id = r.jurisdiction_id "
                    + "where j.code = '11001' order by r.id limit 1";
            case "referrals" -> "select id from referral where person_id is not null order by id limit 1";
            case "fairs" -> "select fair_id from fair_registration group by fair_id order by count(*) desc, fair_id limit 1";
            case "services" -> pattern.startsWith("/directory")
                    ? "select s.id from offer_service s join jurisdiction j on j.id = s.jurisdiction_id where j.code = '11001' "
                            + "order by s.id limit 1"
                    : "select id from offer_service order by id limit 1";
            case "spaces" -> "select coalesce((select space_id from space_invitation where person_id is not null "
                    + "order by id limit 1), (select min(id) from participation_space))";
            case "territories" -> "select t.id from territory t join jurisdiction j on j.id = t.jurisdiction_id "
                    + "where j.code = '11001' and t.code = '11'";
            case "d" -> "select devolution_token from participation_space where devolution_token is not null limit 1";
            case "s" -> "select public_token from survey order by id limit 1";
            case "o" -> "select public_token from online_session order by id limit 1";
            case "u" -> "select token from campaign_invitation order by id limit 1";
            case "users" -> "select id from app_user where username = 'local.suba'";
            case "types" -> "select 'persons'";
            case "choices" -> "select 'persons'";
            case "jurisdictions", "directory" -> "select '11001'";
            // the HSDS taxonomies and their terms have name-based ids (offer.internal.HsdsTaxonomies)
            case "taxonomies" -> "select '" + java.util.UUID.nameUUIDFromBytes(
                    "hsds-taxonomy:need".getBytes(StandardCharsets.UTF_8)) + "'";
            case "taxonomy_terms" -> "select '" + java.util.UUID.nameUUIDFromBytes(
                    "hsds-taxonomy-term:need:HEALTH".getBytes(StandardCharsets.UTF_8)) + "'";
            // a personal calendar feed's secret is shown once and stored hashed: an unknown one answers 404
            case "feeds" -> "select '" + "x".repeat(43) + "'";
            // a strategy's classification of an alert (planning's link; household answers for the alert)
            case "classifications", "classify" -> "kind".equals(variable) ? "select 'ALERT'"
                    : "select subject_id from strategy_classification where subject_kind = 'ALERT' order by subject_id "
                            + "limit 1";
            // a community agent (a person, not an official) who completed a programme: their certificate names them
            case "training-participants", "participants" -> "select id from training_participant "
                    + "where person_id is not null and status = 'COMPLETED' order by id limit 1";
            default -> null;
        };
        if (sql == null && v.table().isPresent()) {
            // any record of the table the segment names (HandlerCatalog.TABLES): the first one
            sql = "select id from " + v.table().get() + " order by id limit 1";
        }
        if (sql == null && "code".equals(variable)) {
            sql = "select '11001'";
        }
        if (sql == null) {
            throw new IllegalStateException("no demo record for {" + variable + "} after /" + segment + "/");
        }
        return one(sql);
    }

    private String one(String sql) {
        return jdbc.sql(sql).query((rs, n) -> rs.getString(1)).optional()
                .orElseThrow(() -> new NoDemoRecord("the demo has no record for: " + sql));
    }

    /** The required request parameters, filled with demo values by name. */
    private String query(HandlerMethod handler) {
        StringBuilder q = new StringBuilder();
        for (MethodParameter p : handler.getMethodParameters()) {
            p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (rp == null || !rp.required() || !ValueConstants.DEFAULT_NONE.equals(rp.defaultValue())
                    || p.getParameterType() == java.util.Optional.class) {
                continue;
            }
            String name = rp.name().isEmpty() ? rp.value().isEmpty() ? p.getParameterName() : rp.value() : rp.name();
            if (p.getParameterType().getName().contains("MultipartFile")) {
                continue;
            }
            String value = switch (name) {
                case "household" -> one("select household_id from person where household_id is not null and "
                        + "anonymised_at is null order by id limit 1");
                case "person" -> one("select id from person where household_id is not null and anonymised_at is null "
                        + "order by id limit 1");
                case "documentType" -> one(
                        "select p.document_type from person p join fair_registration r on r.person_id = p.id "
                                + "order by r.id limit 1");
                case "documentNumber" -> one("select p.document_number from person p join fair_registration r on "
                        + "r.person_id = p.id order by r.id limit 1");
                case "jurisdiction" -> "11001";
                case "territory", "parent" -> one(
                        "select t.id from territory t join jurisdiction j on j.id = t.jurisdiction_id "
                                + "where j.code = '11001' and t.code = '11'");
                case "lat" -> "4.74";
                case "lon" -> "-74.09";
                case "level" -> "localidad";
                case "format" -> "csv";
                case "by" -> "total";
                case "q" -> "a";
                case "question" -> "p1";
                case "body" -> one("select id from gov_body order by id limit 1");
                case "programme" -> one("select programme_id from training_participant where person_id is not null "
                        + "order by id limit 1");
                case "deviceId" -> "coverage-device-01";
                case "row", "column" -> one("select key from (select 'x' as key) k");
                default -> throw new IllegalStateException("no demo value for the required parameter «" + name + "»");
            };
            q.append(q.isEmpty() ? "?" : "&").append(name).append('=').append(value);
        }
        return q.toString();
    }

    /** The demo holds no such record (an uploaded attachment, an import job): the path cannot show a person. */
    static class NoDemoRecord extends RuntimeException {
        NoDemoRecord(String message) {
            super(message);
        }
    }

    static Set<String> sorted(Set<String> s) {
        return new TreeSet<>(s);
    }
}
