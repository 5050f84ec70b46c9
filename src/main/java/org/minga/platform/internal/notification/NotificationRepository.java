package org.minga.platform.internal.notification;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.minga.platform.NotificationTopic;
import org.minga.platform.Notifications.Notification;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notifications: writing one for a user who wants its topic, finding who covers a territory, and a user's own
 * list and marks (nobody reads or marks another user's).
 */
@Component
record NotificationRepository(JdbcClient jdbc) {

    record NotificationView(long id, String kind, String title, String body, String link, OffsetDateTime createdAt,
            OffsetDateTime readAt) {
        public boolean unread() {
            return readAt == null;
        }
    }

    PageResult<NotificationView> list(long userId, boolean unreadOnly, PageRequest page) {
        String where = "user_id = :u" + (unreadOnly ? " and read_at is null" : "");
        List<NotificationView> items = jdbc
                .sql("select id, kind, title, body, link, created_at, read_at from notification where "
                        + where + " order by created_at desc, id desc limit :limit offset :offset")
                .param("u", userId).param("limit", page.size()).param("offset", page.offset())
                .query(NotificationView.class).list();
        long total = jdbc.sql("select count(*) from notification where " + where).param("u", userId)
                .query(Long.class).single();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Marks one of the user's notifications read and answers its link; empty when it is not theirs. */
    java.util.Optional<String> markRead(long userId, long id) {
        return jdbc.sql("""
                update notification set read_at = coalesce(read_at, now())
                where id = :id and user_id = :u returning coalesce(link, '')""")
                .param("id", id).param("u", userId).query(String.class).optional();
    }

    int markAllRead(long userId) {
        return jdbc.sql("update notification set read_at = now() where user_id = :u and read_at is null")
                .param("u", userId).update();
    }

    /**
     * Writes the notification for the user unless they turned its topic off (or already have one with its key);
     * answers the address to mail it to (null when they turned mail off), or nothing when it was not written.
     */
    List<String> insert(long userId, Notification n) {
        return jdbc.sql("""
                with recipient as (
                  select u.id, case when coalesce(p.by_mail, true) then u.email end as email
                  from app_user u left join notification_preference p on p.user_id = u.id and p.topic = :topic
                  where u.id = :u and u.enabled and coalesce(p.receive, true))
                insert into notification (user_id, jurisdiction_id, kind, title, body, link, dedup_key)
                select id, :j, :kind, :title, :body, :link, :key from recipient
                on conflict (user_id, dedup_key) where dedup_key is not null do nothing
                returning (select email from recipient)""")
                .param("u", userId).param("j", n.jurisdictionId()).param("kind", n.kind())
                .param("topic", NotificationTopic.of(n.kind()))
                .param("title", truncate(n.title(), 300)).param("body", truncate(n.body(), 2000))
                .param("link", n.link()).param("key", n.key())
                .query(String.class).list();
    }

    /** The enabled users of the jurisdiction with one of the roles, whose territory is one of the ancestors or none. */
    List<Long> usersCovering(long jurisdictionId, Collection<String> roles, List<Long> ancestors) {
        return jdbc.sql("""
                select id from app_user
                where enabled and jurisdiction_id = :j and role in (:roles)
                  and (territory_id is null or territory_id in (:ancestors))""")
                .param("j", jurisdictionId).param("roles", roles)
                .param("ancestors", ancestors.isEmpty() ? List.of(-1L) : ancestors)
                .query(Long.class).list();
    }

    long unreadCount(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = :u and read_at is null")
                .param("u", userId).query(Long.class).single();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
