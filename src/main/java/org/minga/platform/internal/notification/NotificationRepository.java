package org.minga.platform.internal.notification;

import java.time.OffsetDateTime;
import java.util.List;

import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A user's own notifications: listing and marking read. Nobody reads or marks another user's. */
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
}
