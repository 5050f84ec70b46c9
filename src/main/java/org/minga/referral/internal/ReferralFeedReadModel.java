package org.minga.referral.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.minga.platform.AccessScope;
import org.minga.platform.Jurisdiction;
import org.minga.referral.internal.WebhookService.Change;
import org.minga.referral.internal.WebhookService.Subscription;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The change feed of referrals and a jurisdiction's webhook subscriptions, as the API lists them. */
@Component
record ReferralFeedReadModel(JdbcClient jdbc) {

    /**
     * The changes after the cursor, oldest first: those of the entities {@code actorIds} when given, else those
     * within the scope; each with its payload as stored (JSON text, read by {@code data}).
     * <p>
     * Event numbers are drawn when an event is written, not when its transaction commits: two transactions can
     * commit out of order, and a reader that saw number 6 before number 5 committed would move its cursor past 5
     * for ever. So the read (in the caller's transaction) first takes the feed lock exclusively: it waits until
     * every transaction holding a drawn number has ended (they hold the lock shared from the draw to their end),
     * and any number drawn afterwards is higher than all it can see. Writers never wait for each other.
     */
    List<Change> changes(long after, int limit, AccessScope scope, List<Long> actorIds,
            java.util.function.Function<String, Map<String, Object>> data) {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", WebhookRepository.FEED_LOCK).query((rs, n) -> 1)
                .list();
        StringBuilder sql = new StringBuilder("""
                select seq, event_id, type, referral_id, occurred_at, payload::text from referral_event
                where seq > :after""");
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
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Change(rs.getLong(1),
                rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4), rs.getTimestamp(5).toInstant(),
                data.apply(rs.getString(6)))).list();
    }

    List<Subscription> subscriptions(Jurisdiction j) {
        return jdbc.sql("""
                select id, url, event_types, active, created_by, created_at from webhook_subscription
                where jurisdiction_id = :j order by id""").param("j", j.id())
                .query((rs, n) -> new Subscription(rs.getLong(1), j.code(), rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getBoolean(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }
}
