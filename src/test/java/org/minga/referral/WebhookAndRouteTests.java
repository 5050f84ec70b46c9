package org.minga.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Webhooks with retries to a receiver that is down, the change feed, and care routes applied to a person. */
@MingaTest
class WebhookAndRouteTests {

    static final String PW = "minga2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    JsonNode read(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long cucutaPerson(int skip) {
        return jdbc
                .sql("""
                        select p.id from person p join household h on h.id = p.household_id
                        where h.code like 'H-CUC-%' and not p.processing_stopped and p.merged_into is null and p.anonymised_at is null
                          and exists (select 1 from data_authorization a where a.person_id = p.id and a.withdrawn_at is null
                                      and a.sensitive_data)
                        order by p.id offset :s limit 1""")
                .param("s", skip).query(Long.class).single();
    }

    /** Runs the delivery worker as if at {@code at} (the worker is package-private: called reflectively). */
    int deliver(Instant at) throws Exception {
        Object worker = context.getBean(Class.forName("org.minga.referral.internal.WebhookService"));
        java.lang.reflect.Method m = worker.getClass().getDeclaredMethod("deliverDue", Instant.class);
        m.setAccessible(true);
        return (int) m.invoke(worker, at);
    }

    @Test
    void aReceiverThatIsDownGetsTheEventLaterExactlyOnceSigned() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        List<String> received = new CopyOnWriteArrayList<>();
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<String> signatures = new CopyOnWriteArrayList<>();
        List<String[]> standard = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (down.get()) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                received.add(exchange.getRequestHeaders().getFirst("X-Minga-Event-Id"));
                signatures.add(exchange.getRequestHeaders().getFirst("X-Minga-Signature"));
                standard.add(new String[]{exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature")});
                bodies.add(new String(body, StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
        String secret = "s3creto-de-prueba-1234";
        try {
            JsonNode sub = read(mvc
                    .perform(post("/api/v1/referrals/webhooks?jurisdiction=54001").with(httpBasic("admin", PW))
                            .contentType("application/json")
                            .content("{\"url\":\"http://127.0.0.1:" + server.getAddress().getPort()
                                    + "/hook\",\"secret\":\"" + secret
                                    + "\",\"eventTypes\":[\"referral.status_changed\"]}"))
                    .andExpect(status().isCreated()));
            mvc.perform(post("/api/v1/referrals/webhooks?jurisdiction=54001").with(httpBasic("cucuta", PW))
                    .contentType("application/json").content("{\"url\":\"ftp://x\",\"secret\":\"corto\"}"))
                    .andExpect(status().isForbidden());
            long actor = jdbc.sql(
                    "select a.id from actor a join jurisdiction j on j.id = a.jurisdiction_id where a.code = 'SSA-CUC' and j.code = '54001'")
                    .query(Long.class).single();
            JsonNode r = read(mvc
                    .perform(post("/api/v1/referrals").with(httpBasic("cucuta", PW)).contentType("application/json")
                            .content("{\"personId\":" + cucutaPerson(0)
                                    + ",\"needCategory\":\"salud\",\"needDescription\":\"Sin afiliación\","
                                    + "\"origin\":\"jornada de servicios\",\"actorId\":" + actor
                                    + ",\"shareAuthorized\":true,\"shareEvidence\":\"FC-9\"}"))
                    .andExpect(status().isCreated()));
            long cursor = jdbc.sql("select coalesce(max(seq), 0) from referral_event").query(Long.class).single();
            mvc.perform(post("/api/v1/referrals/" + r.get("id") + "/transitions").with(httpBasic("cucuta", PW))
                    .contentType("application/json").content("{\"to\":\"enviada\"}")).andExpect(status().isOk());
            String eventId = jdbc.sql(
                    "select event_id::text from referral_event where referral_id = :r and type = 'referral.status_changed'")
                    .param("r", r.get("id").asLong()).query(String.class).single();

            Instant now = Instant.now();
            deliver(now); // 503: not delivered, retried later
            String mine = "select attempts, delivered_at is not null, next_attempt_at > now() from webhook_delivery d join referral_event e on e.seq = d.event_seq where e.event_id = cast(:e as uuid) and d.subscription_id = :s";
            var row = jdbc.sql(mine).param("e", eventId).param("s", sub.get("id").asLong()).query().singleRow();
            assertThat(((Number) row.get("attempts")).intValue()).isGreaterThanOrEqualTo(1);
            assertThat(received).isEmpty();

            down.set(false);
            deliver(now.plusSeconds(60 * 60)); // later, the receiver is up
            deliver(now.plusSeconds(2 * 60 * 60)); // nothing left to send
            assertThat(received).containsOnlyOnce(eventId);
            assertThat(received.stream().filter(eventId::equals).count()).isEqualTo(1);
            int i = received.indexOf(eventId);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256="
                    + java.util.HexFormat.of().formatHex(mac.doFinal(bodies.get(i).getBytes(StandardCharsets.UTF_8)));
            assertThat(signatures.get(i)).isEqualTo(expected);
            assertThat(json.readTree(bodies.get(i)).get("data").get("status").asText()).isEqualTo("SENT");
            // the Standard Webhooks headers: the event's id, a signed timestamp, accepted by the documented verifier
            String[] h = standard.get(i);
            assertThat(h[0]).isEqualTo(eventId);
            assertThat(h[2]).startsWith("v1,");
            assertThat(org.minga.referral.internal.StandardWebhooks.verify(secret, h[0], h[1], bodies.get(i), h[2],
                    Instant.now(), org.minga.referral.internal.StandardWebhooks.TOLERANCE)).isTrue();

            // the pull alternative: the change feed from a cursor
            JsonNode feed = read(
                    mvc.perform(get("/api/v1/referrals/changes?after=" + cursor).with(httpBasic("cucuta", PW)))
                            .andExpect(status().isOk()));
            assertThat(feed.get("items").findValuesAsText("eventId")).contains(eventId);
            assertThat(feed.get("next").asLong()).isGreaterThan(cursor);
            JsonNode bogota = read(
                    mvc.perform(get("/api/v1/referrals/changes?after=" + cursor).with(httpBasic("local.suba", PW)))
                            .andExpect(status().isOk()));
            assertThat(bogota.get("items").findValuesAsText("eventId")).doesNotContain(eventId);

            mvc.perform(delete("/api/v1/referrals/webhooks/" + sub.get("id") + "?jurisdiction=54001")
                    .with(httpBasic("admin", PW)))
                    .andExpect(status().isNoContent());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void applyingACareRouteCreatesItsReferralsInOrderAndMovesOnWhenAStepIsAnswered() throws Exception {
        JsonNode routes = read(mvc.perform(get("/api/v1/care-routes?jurisdiction=54001").with(httpBasic("cucuta", PW)))
                .andExpect(status().isOk()));
        assertThat(routes.findValuesAsText("code")).contains("RUTA-SAN", "RUTA-GESTANTES", "RUTA-DISCAPACIDAD",
                "RUTA-VIOLENCIAS");
        long violence = 0;
        for (JsonNode route : routes) {
            if (route.get("code").asText().equals("RUTA-VIOLENCIAS")) {
                violence = route.get("id").asLong();
            }
        }
        JsonNode app = read(mvc.perform(post("/api/v1/care-routes/" + violence + "/applications")
                .with(httpBasic("cucuta", PW))
                .contentType("application/json")
                .content("{\"personId\":" + cucutaPerson(3) + ",\"needDescription\":\"Violencia intrafamiliar\","
                        + "\"origin\":\"visita de campo\",\"priority\":\"urgente\",\"shareAuthorized\":true,\"shareEvidence\":\"FR-1\","
                        + "\"ineligibleJustification\":\"Ruta de violencias: se atiende sin requisitos\"}"))
                .andExpect(status().isCreated()));
        JsonNode steps = app.get("steps");
        assertThat(steps.size()).isEqualTo(4);
        assertThat(steps.get(0).get("status").asText()).isEqualTo("SENT");
        assertThat(steps.get(1).get("status").asText()).isEqualTo("CREATED");
        assertThat(steps.get(0).get("actorName").asText()).isEqualTo("Secretaría de Salud");
        long first = steps.get(0).get("referralId").asLong();
        for (String to : List.of("recibida", "aceptada", "en atención")) {
            mvc.perform(post("/api/v1/referrals/" + first + "/transitions").with(httpBasic("salud.cucuta", PW))
                    .contentType("application/json").content("{\"to\":\"" + to + "\"}")).andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/referrals/" + first + "/transitions").with(httpBasic("salud.cucuta", PW))
                .contentType("application/json")
                .content("{\"to\":\"atendida\",\"action\":\"Atención de urgencia\",\"outcome\":\"Estable\"}"))
                .andExpect(status().isOk());
        // the next step is sent after the answer's commit (an application module listener)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode progress = read(
                    mvc.perform(get("/api/v1/care-routes/applications/" + app.get("id")).with(httpBasic("cucuta", PW)))
                            .andExpect(status().isOk()));
            assertThat(progress.get("steps").get(0).get("status").asText()).isEqualTo("ATTENDED");
            assertThat(progress.get("steps").get(1).get("status").asText()).isEqualTo("SENT");
            assertThat(progress.get("percent").asInt()).isEqualTo(25);
        });
        // through Spring Modulith's event publication registry, completed once the next step was sent
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc
                        .sql("""
                                select count(*) from event_publication where listener_id like '%ReferralReactions.sendNextRouteStep%'
                                  and completion_date is not null and serialized_event like :r
                                  and serialized_event like '%"to":"ATTENDED"%'""")
                        .param("r", "%\"referralId\":" + first + ",%").query(Long.class).single()).isEqualTo(1));
    }
}
