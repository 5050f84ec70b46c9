package org.minga.referral.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.minga.platform.AuditLog;
import org.minga.platform.ClusterJobs;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.platform.AccessScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.minga.referral.internal.domain.WebhookSubscription;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of referral changes: every state change writes an event (the change feed) and one pending delivery
 * per matching webhook subscription, in the change's own transaction. A worker posts due deliveries, signed
 * following the Standard Webhooks convention ({@link StandardWebhooks}), only to public addresses unless configured
 * ({@link WebhookTargets}), and retries failures with exponential back-off; a delivery is claimed before it is sent, so
 * two workers never send the same one.
 */
@Service
class WebhookService {

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

    record Delivery(long id, String url, String secret, UUID eventId, String type, String body, int attempts) {
    }

    private static final Logger log = LoggerFactory.getLogger(WebhookService.class);

    private final WebhookRepository repository;
    private final ReferralFeedReadModel feed;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final ReferralAccess access;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration baseDelay;
    private final WebhookTargets targets;
    private final ClusterJobs jobs;

    WebhookService(WebhookRepository repository, ReferralFeedReadModel feed, ObjectMapper json, AuditLog audit,
            ReferralAccess access,
            @Value("${minga.referral.webhook-base-delay:PT30S}") Duration baseDelay,
            @Value("${minga.webhook.allow-private:false}") boolean allowPrivate, ClusterJobs jobs) {
        this.targets = new WebhookTargets(allowPrivate);
        this.jobs = jobs;
        this.repository = repository;
        this.feed = feed;
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
        repository.record(type, jurisdictionId, referralId, territoryPath, actorId, payload);
    }

    /**
     * The change feed: changes after the cursor, oldest first, within the user's scope. Read in a transaction that
     * first waits for the transactions writing events to commit (see {@link ReferralFeedReadModel#changes}).
     */
    @Transactional(readOnly = true)
    Feed changes(long after, int limit, AccessScope scope, List<Long> actorIds) {
        if (limit < 1 || limit > 500) {
            throw new ValidationException("limit", "El límite debe estar entre 1 y 500.");
        }
        if (after < 0) {
            throw new ValidationException("after", "El cursor debe ser 0 o mayor.");
        }
        List<Change> items = feed.changes(after, limit, scope, actorIds, this::read);
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
        WebhookSubscription s = WebhookSubscription.of(j.id(), c.url(), c.secret(), c.eventTypes());
        targets.problem(s.url()).ifPresent(problem -> {
            throw new ValidationException("url", problem);
        });
        long id = repository.subscribe(s, user.username());
        audit.record("CREATE", "webhook_subscription", id, j.id(), "Suscripción de webhook a " + s.url().getHost(),
                null, Map.of("url", s.url().toString(), "eventTypes", s.eventTypes()));
        return subscriptions(j, user).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    List<Subscription> subscriptions(Jurisdiction j, CurrentUser user) {
        access.requireManager(user, j.id());
        return feed.subscriptions(j);
    }

    @Transactional
    void unsubscribe(Jurisdiction j, long id, CurrentUser user) {
        access.requireManager(user, j.id());
        if (!repository.unsubscribe(j.id(), id)) {
            throw new NotFoundException("No existe la suscripción activa " + id + ".");
        }
        audit.record("DELETE", "webhook_subscription", id, j.id(), "Suscripción de webhook desactivada", null, null);
    }

    // ---- delivery -------------------------------------------------------------------------------------------

    @Scheduled(initialDelayString = "${minga.referral.webhook-initial-delay:PT20S}", fixedDelayString = "${minga.referral.webhook-interval:PT15S}")
    void scheduledDelivery() {
        try {
            // each delivery is claimed anyway; the lock spares the other nodes the empty round
            jobs.once("referral-webhook-delivery", Duration.ofSeconds(5), () -> deliverDue(Instant.now()));
        } catch (RuntimeException e) {
            log.warn("Webhook delivery round failed: {}", e.getMessage());
        }
    }

    /**
     * Sends the deliveries due at {@code now}; returns how many were delivered. Each is claimed first (its next
     * attempt pushed past the send timeout, skipping rows another worker holds), so it is sent by one worker only.
     */
    int deliverDue(Instant now) {
        int delivered = 0;
        for (WebhookRepository.Claimed c : repository.claimDue(now, now.plus(Duration.ofMinutes(2)))) {
            java.util.Optional<String> refused = targets.problem(URI.create(c.url()));
            if (refused.isPresent()) {
                repository.failed(c.id(), c.attempts() + 1, null, refused.get(), now, true);
                continue;
            }
            Delivery d = new Delivery(c.id(), c.url(), c.secret(), c.eventId(), c.type(),
                    body(c.eventId(), c.type(), c.seq(), c.referralId(), c.occurredAt(), c.payload()), c.attempts());
            if (attempt(d, now)) {
                delivered++;
            }
        }
        return delivered;
    }

    /** Sends one delivery and records how it went; answers whether the receiver took it. */
    private boolean attempt(Delivery d, Instant now) {
        int status = -1;
        String error = null;
        try {
            long timestamp = Instant.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("webhook-id", d.eventId().toString())
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature",
                            StandardWebhooks.signature(d.secret(), d.eventId().toString(), timestamp, d.body()))
                    .header("X-Minga-Event-Id", d.eventId().toString())
                    .header("X-Minga-Event-Type", d.type())
                    .header("X-Minga-Delivery-Attempt", String.valueOf(d.attempts() + 1))
                    // the signature of the body alone, kept for receivers written before the Standard Webhooks headers
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
            repository.delivered(d.id(), attempts, status);
            return true;
        }
        repository.failed(d.id(), attempts, status < 0 ? null : status, error != null ? error : "HTTP " + status,
                now.plus(backoff(attempts)), attempts >= MAX_ATTEMPTS);
        return false;
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
