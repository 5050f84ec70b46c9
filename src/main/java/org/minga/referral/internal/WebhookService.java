package org.minga.referral.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.platform.AccessScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of referral changes: every state change writes an event (the change feed) and one pending delivery
 * per matching webhook subscription, in the change's own transaction. A worker posts due deliveries, signed
 * with HMAC-SHA256, and retries failures with exponential back-off; a delivery is claimed before it is sent, so
 * two workers never send the same one.
 */
@Service
class WebhookService {

    static final Set<String> EVENT_TYPES = Set.of("referral.created", "referral.status_changed", "referral.overdue",
            "referral.delay_reported");
    static final int MAX_ATTEMPTS = 10;

    record Subscription(long id, String jurisdictionCode, String url, List<String> eventTypes, boolean active,
            String createdBy, Instant createdAt) {
    }

    record SubscriptionCommand(String url, String secret, List<String> eventTypes) {
    }

    record Change(long cursor, UUID eventId, String type, long referralId, Instant occurredAt,
            Map<String, Object> data) {
    }

    record Feed(List<Change> items, long next) {
    }

    record Delivery(long id, long subscriptionId, String url, String secret, UUID eventId, String type, String body,
            int attempts) {
    }

    private static final Logger log = LoggerFactory.getLogger(WebhookService.class);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final ReferralAccess access;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration baseDelay;

    WebhookService(JdbcClient jdbc, ObjectMapper json, AuditLog audit, ReferralAccess access,
            @Value("${minga.referral.webhook-base-delay:PT30S}") Duration baseDelay) {
        this.jdbc = jdbc;
        this.access = access;
        this.json = json;
        this.audit = audit;
        this.baseDelay = baseDelay;
    }

    // ---- outbox ---------------------------------------------------------------------------------------------

    /** Records a change of a referral; must run in the transaction of the change. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(String type, long jurisdictionId, long referralId, String territoryPath, long actorId,
            Map<String, Object> data) {
        String payload;
        try {
            payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long seq = jdbc.sql("""
                insert into referral_event (jurisdiction_id, referral_id, type, territory_path, actor_id, payload)
                values (:j, :r, :t, :p, :a, cast(:d as jsonb)) returning seq""")
                .param("j", jurisdictionId).param("r", referralId).param("t", type).param("p", territoryPath)
                .param("a", actorId).param("d", payload).query(Long.class).single();
        jdbc.sql(
                """
                        insert into webhook_delivery (subscription_id, event_seq)
                        select id, :seq from webhook_subscription where active and jurisdiction_id = :j and :t = any(event_types)""")
                .param("seq", seq).param("j", jurisdictionId).param("t", type).update();
    }

    /** The change feed: changes after the cursor, oldest first, within the user's scope. */
    Feed changes(long after, int limit, AccessScope scope, List<Long> actorIds) {
        if (limit < 1 || limit > 500) {
            throw new ValidationException("limit", "El límite debe estar entre 1 y 500.");
        }
        if (after < 0) {
            throw new ValidationException("after", "El cursor debe ser 0 o mayor.");
        }
        StringBuilder sql = new StringBuilder(
                """
                        select seq, event_id, type, referral_id, occurred_at, payload::text from referral_event where seq > :after""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("after", after);
        if (actorIds != null) {
            sql.append(" and actor_id in (:actors)");
            params.put("actors", actorIds.isEmpty() ? List.of(-1L) : actorIds);
        } else if (!scope.allJurisdictions()) {
            sql.append(" and jurisdiction_id = :j and territory_path like :p");
            params.put("j", scope.jurisdictionId());
            params.put("p", scope.likePattern());
        }
        sql.append(" order by seq limit :limit");
        params.put("limit", limit);
        List<Change> items = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Change(rs.getLong(1),
                rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4), rs.getTimestamp(5).toInstant(),
                read(rs.getString(6)))).list();
        return new Feed(items, items.isEmpty() ? after : items.get(items.size() - 1).cursor());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- subscriptions --------------------------------------------------------------------------------------

    @Transactional
    Subscription subscribe(Jurisdiction j, SubscriptionCommand c, CurrentUser user) {
        access.requireManager(user, j.id());
        List<FieldError> errors = new ArrayList<>();
        URI uri = null;
        if (c.url() == null || c.url().isBlank()) {
            errors.add(new FieldError("url", "Indique la URL que recibirá los eventos."));
        } else {
            try {
                uri = URI.create(c.url().strip());
                if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                    errors.add(
                            new FieldError("url", "La URL debe empezar por https:// (o http://) y tener un servidor."));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("url", "La URL no es válida."));
            }
            if (c.url().length() > 1000) {
                errors.add(new FieldError("url", "La URL admite 1.000 caracteres."));
            }
        }
        if (c.secret() == null || c.secret().length() < 16 || c.secret().length() > 200) {
            errors.add(new FieldError("secret", "El secreto debe tener entre 16 y 200 caracteres."));
        }
        List<String> types = c.eventTypes() == null || c.eventTypes().isEmpty() ? List.copyOf(EVENT_TYPES)
                : c.eventTypes();
        for (String t : types) {
            if (!EVENT_TYPES.contains(t)) {
                errors.add(
                        new FieldError("eventTypes", "El tipo de evento «" + t + "» no existe; use " + String.join(", ",
                                EVENT_TYPES.stream().sorted().toList()) + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                insert into webhook_subscription (jurisdiction_id, url, secret, event_types, created_by)
                values (:j, :u, :s, :t, :by) returning id""")
                .param("j", j.id()).param("u", uri.toString()).param("s", c.secret())
                .param("t", types.toArray(new String[0]))
                .param("by", user.username()).query(Long.class).single();
        audit.record("CREATE", "webhook_subscription", id, j.id(), "Suscripción de webhook a " + uri.getHost(), null,
                Map.of("url", uri.toString(), "eventTypes", types));
        return subscriptions(j, user).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    List<Subscription> subscriptions(Jurisdiction j, CurrentUser user) {
        access.requireManager(user, j.id());
        return jdbc.sql("""
                select id, url, event_types, active, created_by, created_at from webhook_subscription
                where jurisdiction_id = :j order by id""").param("j", j.id())
                .query((rs, n) -> new Subscription(rs.getLong(1), j.code(), rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getBoolean(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    @Transactional
    void unsubscribe(Jurisdiction j, long id, CurrentUser user) {
        access.requireManager(user, j.id());
        int n = jdbc.sql(
                "update webhook_subscription set active = false, version = version + 1 where id = :id and jurisdiction_id = :j and active")
                .param("id", id).param("j", j.id()).update();
        if (n == 0) {
            throw new NotFoundException("No existe la suscripción activa " + id + ".");
        }
        audit.record("DELETE", "webhook_subscription", id, j.id(), "Suscripción de webhook desactivada", null, null);
    }

    // ---- delivery -------------------------------------------------------------------------------------------

    @Scheduled(initialDelayString = "${minga.referral.webhook-initial-delay:PT20S}", fixedDelayString = "${minga.referral.webhook-interval:PT15S}")
    void scheduledDelivery() {
        try {
            deliverDue(Instant.now());
        } catch (RuntimeException e) {
            log.warn("Webhook delivery round failed: {}", e.getMessage());
        }
    }

    /**
     * Sends the deliveries due at {@code now}; returns how many were delivered. Each is claimed first (its next
     * attempt pushed past the send timeout, skipping rows another worker holds), so it is sent by one worker only.
     */
    int deliverDue(Instant now) {
        List<Delivery> claimed = jdbc.sql("""
                update webhook_delivery d set next_attempt_at = :lease
                from webhook_subscription s, referral_event e
                where d.id in (select id from webhook_delivery where delivered_at is null and failed_at is null
                                 and next_attempt_at <= :now order by next_attempt_at limit 50 for update skip locked)
                  and s.id = d.subscription_id and e.seq = d.event_seq
                returning d.id, d.subscription_id, s.url, s.secret, e.event_id, e.type, e.seq, e.referral_id,
                          e.occurred_at, e.payload::text, d.attempts""")
                .param("lease", Timestamp.from(now.plus(Duration.ofMinutes(2)))).param("now", Timestamp.from(now))
                .query((rs, n) -> new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, UUID.class), rs.getString(6), body(rs.getObject(5, UUID.class), rs.getString(6),
                                rs.getLong(7), rs.getLong(8), rs.getTimestamp(9).toInstant(), rs.getString(10)),
                        rs.getInt(11)))
                .list();
        int delivered = 0;
        for (Delivery d : claimed) {
            int status = -1;
            String error = null;
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(d.url())).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("X-Minga-Event-Id", d.eventId().toString())
                        .header("X-Minga-Event-Type", d.type())
                        .header("X-Minga-Delivery-Attempt", String.valueOf(d.attempts() + 1))
                        .header("X-Minga-Signature", "sha256=" + sign(d.secret(), d.body()))
                        .POST(HttpRequest.BodyPublishers.ofString(d.body(), StandardCharsets.UTF_8)).build();
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrumpido";
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
            int attempts = d.attempts() + 1;
            if (status >= 200 && status < 300) {
                jdbc.sql(
                        "update webhook_delivery set attempts = :a, delivered_at = now(), last_status = :s, last_error = null where id = :id")
                        .param("a", attempts).param("s", status).param("id", d.id()).update();
                delivered++;
            } else {
                String problem = error != null ? error : "HTTP " + status;
                boolean giveUp = attempts >= MAX_ATTEMPTS;
                jdbc.sql("""
                        update webhook_delivery set attempts = :a, last_status = :s, last_error = :e,
                          next_attempt_at = :next, failed_at = case when :giveUp then now() else null end
                        where id = :id""")
                        .param("a", attempts).param("s", status < 0 ? null : status)
                        .param("e", problem.length() > 1000 ? problem.substring(0, 1000) : problem)
                        .param("next", Timestamp.from(now.plus(backoff(attempts)))).param("giveUp", giveUp)
                        .param("id", d.id()).update();
            }
        }
        return delivered;
    }

    /** 30 s, 1 min, 2 min, 4 min... capped at 6 hours. */
    Duration backoff(int attempts) {
        Duration d = baseDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        Duration cap = Duration.ofHours(6);
        return d.compareTo(cap) > 0 ? cap : d;
    }

    private String body(UUID eventId, String type, long seq, long referralId, Instant at, String payload) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", eventId.toString());
        m.put("type", type);
        m.put("cursor", seq);
        m.put("referralId", referralId);
        m.put("occurredAt", at.toString());
        m.put("data", read(payload));
        try {
            return json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
