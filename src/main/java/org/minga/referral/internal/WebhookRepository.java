package org.minga.referral.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.minga.referral.internal.domain.WebhookSubscription;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox of referral changes and the webhook subscriptions: events of the change feed, one pending delivery per
 * matching subscription, and the deliveries' claims and outcomes.
 */
@Repository
@RequiredArgsConstructor
class WebhookRepository {

    /** A referral event as it is stored, claimed for delivery to one subscription. */
    record Claimed(long id, String url, String secret, UUID eventId, String type, long seq, long referralId,
            Instant occurredAt, String payload, int attempts) {
    }

    private final JdbcClient jdbc;

    /**
     * The advisory lock that orders the change feed: writers of events hold it shared until they commit, the feed
     * takes it exclusively before reading (see {@link ReferralFeedReadModel#changes}).
     */
    static final long FEED_LOCK = 7_312_004_121L;

    /**
     * Appends an event to the change feed and a pending delivery for each active subscription to its type. The
     * shared feed lock is taken before the event's number is drawn and held until the transaction ends.
     */
    void record(String type, long jurisdictionId, long referralId, String territoryPath, long actorId,
            String payload) {
        jdbc.sql("select pg_advisory_xact_lock_shared(:k)").param("k", FEED_LOCK).query((rs, n) -> 1).list();
        long seq = jdbc.sql("""
                insert into referral_event (jurisdiction_id, referral_id, type, territory_path, actor_id, payload)
                values (:j, :r, :t, :p, :a, cast(:d as jsonb)) returning seq""")
                .param("j", jurisdictionId).param("r", referralId).param("t", type).param("p", territoryPath)
                .param("a", actorId).param("d", payload).query(Long.class).single();
        jdbc.sql("""
                insert into webhook_delivery (subscription_id, event_seq)
                select id, :seq from webhook_subscription
                where active and jurisdiction_id = :j and :t = any(event_types)""")
                .param("seq", seq).param("j", jurisdictionId).param("t", type).update();
    }

    long subscribe(WebhookSubscription s, String username) {
        return jdbc.sql("""
                insert into webhook_subscription (jurisdiction_id, url, secret, event_types, created_by)
                values (:j, :u, :s, :t, :by) returning id""")
                .param("j", s.jurisdictionId()).param("u", s.url().toString()).param("s", s.secret())
                .param("t", s.eventTypes().toArray(new String[0])).param("by", username).query(Long.class).single();
    }

    /** Deactivates an active subscription of the jurisdiction; answers whether there was one. */
    boolean unsubscribe(long jurisdictionId, long id) {
        return jdbc.sql("""
                update webhook_subscription set active = false, version = version + 1
                where id = :id and jurisdiction_id = :j and active""")
                .param("id", id).param("j", jurisdictionId).update() > 0;
    }

    /**
     * Claims up to 50 deliveries due at {@code now}: their next attempt moves to {@code lease}, skipping rows another
     * worker holds, so each is sent by one worker only.
     */
    List<Claimed> claimDue(Instant now, Instant lease) {
        return jdbc.sql("""
                update webhook_delivery d set next_attempt_at = :lease
                from webhook_subscription s, referral_event e
                where d.id in (select id from webhook_delivery where delivered_at is null and failed_at is null
                                 and next_attempt_at <= :now order by next_attempt_at limit 50 for update skip locked)
                  and s.id = d.subscription_id and e.seq = d.event_seq
                returning d.id, s.url, s.secret, e.event_id, e.type, e.seq, e.referral_id,
                          e.occurred_at, e.payload::text, d.attempts""")
                .param("lease", Timestamp.from(lease)).param("now", Timestamp.from(now))
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getLong(6), rs.getLong(7),
                        rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getInt(10)))
                .list();
    }

    void delivered(long id, int attempts, int status) {
        jdbc.sql("""
                update webhook_delivery set attempts = :a, delivered_at = now(), last_status = :s, last_error = null
                where id = :id""")
                .param("a", attempts).param("s", status).param("id", id).update();
    }

    /** A failed attempt: tried again at {@code next}, or given up for good. */
    void failed(long id, int attempts, Integer status, String problem, Instant next, boolean giveUp) {
        jdbc.sql("""
                update webhook_delivery set attempts = :a, last_status = :s, last_error = :e,
                  next_attempt_at = :next, failed_at = case when :giveUp then now() else null end
                where id = :id""")
                .param("a", attempts).param("s", status)
                .param("e", problem.length() > 1000 ? problem.substring(0, 1000) : problem)
                .param("next", Timestamp.from(next)).param("giveUp", giveUp).param("id", id).update();
    }
}
