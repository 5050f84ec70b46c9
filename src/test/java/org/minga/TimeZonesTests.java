package org.minga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minga.platform.Notifications;
import org.minga.platform.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 15, item 6: the JVM, Jackson and PostgreSQL run in UTC, people in their jurisdiction's zone. An instant
 * given at 21:30 in Bogotá (02:30 UTC the next day) must read 21/03/2026 21:30 wherever a person sees it, and a
 * 14:00 meeting must stay at 14:00.
 */
@MingaTest
class TimeZonesTests {

    /** 21/03/2026 21:30 in Bogotá: in UTC it is already 22/03/2026 02:30. */
    static final Instant EVENING_IN_BOGOTA = Instant.parse("2026-03-22T02:30:00Z");
    static final String SHOWN = "21/03/2026 21:30 (hora de Bogotá, UTC-05:00)";
    static final String API = "2026-03-21T21:30:00-05:00";
    static final AtomicLong DOCS = new AtomicLong(1_080_000_000L + (System.nanoTime() % 1000) * 10_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    UserAccounts users;

    @BeforeAll
    static void theTestsRunOnAUtcMachine() {
        // if the JVM ran in Bogotá's zone, UTC formatting would pass these tests by accident
        assertThat(ZoneId.systemDefault().getRules().getOffset(EVENING_IN_BOGOTA)).isEqualTo(ZoneOffset.UTC);
    }

    JsonNode call(MockHttpServletRequestBuilder req, String user, Object body, int expected) throws Exception {
        req = req.with(httpBasic(user, "minga2026"));
        if (body != null) {
            req = req.contentType(MediaType.APPLICATION_JSON)
                    .content(body instanceof String s ? s : json.writeValueAsString(body));
        }
        String out = mvc.perform(req).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return out.isEmpty() ? null : json.readTree(out);
    }

    String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "minga2026"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String pdfText(String user, String path) throws Exception {
        byte[] pdf = mvc.perform(get(path).with(httpBasic(user, "minga2026"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** A person of a new household whose authorization was given at {@code grantedAt}. */
    long person(String user, String jurisdiction, String territoryCode, Instant grantedAt) throws Exception {
        long household = call(post("/api/v1/households"), user,
                "{\"jurisdiction\":\"" + jurisdiction + "\",\"territoryCode\":\""
                        + territoryCode + "\",\"address\":\"Calle 9 # 21-30\",\"estrato\":2,\"sisbenGroup\":\"B3\"}",
                201).get("id").asLong();
        String body = "{\"householdId\":" + household
                + ",\"relation\":\"JEFE\",\"documentType\":\"CC\",\"documentNumber\":\""
                + DOCS.incrementAndGet()
                + "\",\"firstName\":\"Noche\",\"lastName\":\"Horaria\",\"birthDate\":\"1990-05-01\","
                + "\"sex\":\"F\",\"authorization\":{\"grantedByName\":\"Noche Horaria\",\"channel\":\"PRESENCIAL\","
                + "\"purposes\":\"Caracterización y plan de cuidado\",\"evidence\":\"Formato FA-2130\",\"byGuardian\":false,"
                + "\"sensitiveData\":false,\"grantedAt\":\"" + grantedAt + "\"}}";
        return call(post("/api/v1/persons"), user, body, 201).get("id").asLong();
    }

    @Test
    void anAuthorizationGivenAt2130InBogotaShowsThatDateAndTimeOnThePageTheApiAndThePdf() throws Exception {
        long person = person("local.suba", "11001", "B-SUBA-06", EVENING_IN_BOGOTA);

        // the API carries the jurisdiction's offset
        JsonNode consents = call(get("/api/v1/consents?person=" + person), "local.suba", null, 200);
        assertThat(consents).hasSize(1);
        assertThat(consents.get(0).get("grantedAt").asText()).isEqualTo(API);
        long authorization = consents.get(0).get("id").asLong();
        assertThat(call(get("/api/v1/consents/" + authorization), "local.suba", null, 200).get("grantedAt").asText())
                .isEqualTo(API);
        assertThat(jdbc.sql("select granted_at = cast(:at as timestamptz) from data_authorization where id = :id")
                .param("id", authorization).param("at", EVENING_IN_BOGOTA.toString()).query(Boolean.class).single())
                        .isTrue();

        // the person's page, for the local official and for an administrator of all jurisdictions
        for (String user : new String[]{"local.suba", "admin"}) {
            String html = page(user, "/persons/" + person);
            assertThat(html).contains(SHOWN).doesNotContain("22/03/2026").doesNotContain("2026-03-22");
        }

        // the authorization's certificate (PDF), from the page and from the API
        for (String path : new String[]{"/consents/" + authorization + "/certificate.pdf",
                "/api/v1/consents/" + authorization + "/certificate.pdf"}) {
            String text = pdfText("local.suba", path);
            assertThat(text)
                    .contains("Constancia de autorización", "Noche Horaria", "Fecha y hora de la autorización " + SHOWN)
                    .doesNotContain("22/03/2026 02:30");
        }
        // reading the certificate is a read of the person's data: it is on the access log
        assertThat(jdbc.sql(
                "select count(*) from personal_data_access where subject_type = 'PERSON' and subject_ids @> array[cast(:p as bigint)] "
                        + "and action = 'CERTIFICATE_PDF'")
                .param("p", person).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anAdministratorSeesAChileanRecordOnSantiagosClockWithItsSummerOffset() throws Exception {
        // 15/01/2026 21:30 in San Antonio (summer time, UTC-03:00) is 16/01/2026 00:30 UTC
        long person = person("admin", "05601", "UV-01", Instant.parse("2026-01-16T00:30:00Z"));
        JsonNode consents = call(get("/api/v1/consents?person=" + person), "admin", null, 200);
        assertThat(consents.get(0).get("grantedAt").asText()).isEqualTo("2026-01-15T21:30:00-03:00");
        assertThat(page("admin", "/persons/" + person))
                .contains("15/01/2026 21:30 (hora de Santiago de Chile, UTC-03:00)")
                .doesNotContain("16/01/2026");
    }

    @Test
    void theSituationRoomsAgendaShowsA1400MeetingAt1400() throws Exception {
        long body = newSubaTable();
        LocalDate day = LocalDate.now(ZoneId.of("America/Bogota")).plusDays(2);
        String place = "Sala " + UUID.randomUUID().toString().substring(0, 8);
        long session = call(post("/api/v1/sessions"), "local.suba", Map.of("bodyId", body,
                "startsAt", day + "T14:00:00", "place", place), 201).get("id").asLong();
        // stored as the instant 19:00 UTC, the jurisdiction's 14:00
        assertThat(jdbc.sql("select starts_at = cast(:at as timestamptz) from gov_session where id = :id")
                .param("id", session)
                .param("at", day + "T14:00:00-05:00").query(Boolean.class).single()).isTrue();

        String room = page("local.suba", "/dashboard");
        Matcher item = Pattern
                .compile("<time datetime=\"([^\"]+)\">([^<]+)</time>(?:(?!</li>).)*" + Pattern.quote(place),
                        Pattern.DOTALL)
                .matcher(room);
        assertThat(item.find()).as("the session is on the agenda").isTrue();
        String shownDay = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(item.group(2)).isEqualTo(shownDay + " 14:00");
        assertThat(item.group(1)).startsWith(day + "T14:00");
        // the session's page and its API say 14:00 as well
        assertThat(page("local.suba", "/governance/sessions/" + session)).contains(shownDay + " 14:00");
        assertThat(call(get("/api/v1/sessions/" + session), "local.suba", null, 200).at("/session/startsAt").asText())
                .isEqualTo(day + "T14:00:00-05:00");
    }

    @Test
    void anActaApprovedAt2130InBogotaIsDatedThatEveningOnThePageAndInThePdf() throws Exception {
        long body = newSubaTable();
        long session = call(post("/api/v1/sessions"), "local.suba", Map.of("bodyId", body,
                "startsAt", "2026-03-21T18:00:00", "place", "Alcaldía Local de Suba"), 201).get("id").asLong();
        JsonNode detail = call(get("/api/v1/sessions/" + session), "local.suba", null, 200);
        Map<String, String> attendance = new HashMap<>();
        detail.get("attendance").forEach(l -> attendance.put(l.at("/member/id").asText(), "presente"));
        int v = call(put("/api/v1/sessions/" + session + "/attendance"), "local.suba",
                Map.of("attendance", attendance, "version", detail.at("/session/version").asInt()), 200).get("version")
                        .asInt();
        v = call(put("/api/v1/sessions/" + session + "/minutes"), "local.suba",
                Map.of("minutes", "Se revisaron los compromisos.", "decisions", "Ninguna", "version", v), 200)
                        .get("version").asInt();
        call(post("/api/v1/sessions/" + session + "/approve"), "local.suba", Map.of("version", v), 200);
        // approved in the evening: the clock of this test run is whatever it is, so the approval instant is set
        jdbc.sql("update gov_session set closed_at = :at where id = :id")
                .param("at", java.sql.Timestamp.from(EVENING_IN_BOGOTA))
                .param("id", session).update();

        assertThat(pdfText("local.suba", "/api/v1/sessions/" + session + "/acta.pdf"))
                .contains("Acta aprobada el " + SHOWN)
                .contains("21/03/2026 18:00 (hora de Bogotá, UTC-05:00)");
        assertThat(page("local.suba", "/governance/sessions/" + session)).contains(SHOWN);
        assertThat(call(get("/api/v1/sessions/" + session), "local.suba", null, 200).at("/session/closedAt").asText())
                .isEqualTo(API);
    }

    @Test
    void aReferralsHistoryIsInBogotasTime() throws Exception {
        long person = person("local.suba", "11001", "B-SUBA-07", EVENING_IN_BOGOTA);
        long sds = jdbc.sql(
                "select a.id from actor a join jurisdiction j on j.id = a.jurisdiction_id where a.code = 'SDS' and j.code = '11001'")
                .query(Long.class).single();
        JsonNode r = call(post("/api/v1/referrals"), "local.suba",
                "{\"personId\":" + person + ",\"needCategory\":\"alimentación\","
                        + "\"needDescription\":\"Apoyo alimentario\",\"origin\":\"visita de campo\",\"actorId\":" + sds
                        + ",\"priority\":\"alta\",\"shareAuthorized\":true,\"shareEvidence\":\"Formato FC-1\"}",
                201);
        long id = r.get("id").asLong();
        jdbc.sql("update referral_transition set at = :at where referral_id = :r")
                .param("at", java.sql.Timestamp.from(EVENING_IN_BOGOTA))
                .param("r", id).update();

        for (String user : new String[]{"local.suba", "admin"}) {
            String html = page(user, "/referrals/" + id);
            String history = html.substring(html.lastIndexOf("<ol>"));
            assertThat(history).contains(SHOWN).doesNotContain("22/03/2026");
        }
        JsonNode detail = call(get("/api/v1/referrals/" + id), "local.suba", null, 200);
        assertThat(detail.at("/history/0/at").asText()).isEqualTo(API);
    }

    @Test
    void aNotificationIsTimedOnTheUsersClock() throws Exception {
        long campo = users.idOf("campo.suba").orElseThrow();
        String title = "Canalización respondida " + UUID.randomUUID();
        assertThat(notifications.notifyUser(campo,
                Notifications.Notification.of("test.time", title, null, "/referrals", null))).isTrue();
        jdbc.sql("update notification set created_at = :at where title = :t")
                .param("at", java.sql.Timestamp.from(EVENING_IN_BOGOTA))
                .param("t", title).update();

        String html = page("campo.suba", "/notifications");
        int at = html.indexOf(title);
        assertThat(at).isPositive();
        assertThat(html.substring(at, Math.min(html.length(), at + 600))).contains("21/03/2026 21:30");
        JsonNode list = call(get("/api/v1/notifications?size=200"), "campo.suba", null, 200);
        JsonNode mine = null;
        for (JsonNode n : list.get("items")) {
            if (n.get("title").asText().equals(title)) {
                mine = n;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("createdAt").asText()).isEqualTo(API);
    }

    long newSubaTable() throws Exception {
        return call(post("/api/v1/bodies"), "local.suba",
                Map.of("code", "ML-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                        "template", "LOCAL_APS_TABLE", "templateActorCode", "SDS", "territoryCode", "11", "parentCode",
                        "MCT-ZN"),
                201)
                        .get("id").asLong();
    }
}
