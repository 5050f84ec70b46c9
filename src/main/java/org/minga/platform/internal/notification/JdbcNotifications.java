package org.minga.platform.internal.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.minga.platform.Mail;
import org.minga.platform.NotificationTopic;
import org.minga.platform.Notifications;
import org.minga.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcNotifications implements Notifications {

    private final JdbcClient jdbc;
    private final Mail mail;
    private final String baseUrl;

    JdbcNotifications(JdbcClient jdbc, Mail mail, @Value("${minga.base-url:}") String baseUrl) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    @Transactional
    public boolean notifyUser(long userId, Notification n) {
        // nothing for a user who chose not to receive this topic; the e-mail only where they kept it on
        List<String> emails = jdbc.sql("""
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
        if (emails.isEmpty()) {
            return false;
        }
        email(emails.get(0), n);
        return true;
    }

    @Override
    @Transactional
    public int notifyUsers(Collection<Long> userIds, Notification n) {
        int count = 0;
        for (Long id : Set.copyOf(userIds)) {
            if (notifyUser(id, n)) {
                count++;
            }
        }
        return count;
    }

    @Override
    @Transactional
    public int notifyCovering(long jurisdictionId, String territoryPath, Set<Role> roles, Notification n) {
        if (roles.isEmpty()) {
            return 0;
        }
        List<Long> ancestors = idsOf(territoryPath);
        List<Long> users = jdbc.sql("""
                select id from app_user
                where enabled and jurisdiction_id = :j and role in (:roles)
                  and (territory_id is null or territory_id in (:ancestors))""")
                .param("j", jurisdictionId).param("roles", roles.stream().map(Role::name).toList())
                .param("ancestors", ancestors.isEmpty() ? List.of(-1L) : ancestors)
                .query(Long.class).list();
        return notifyUsers(users, n);
    }

    @Override
    public long unreadCount(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = :u and read_at is null")
                .param("u", userId).query(Long.class).single();
    }

    /** The territory ids of a materialised path "/1/5/23/", root first. */
    static List<Long> idsOf(String path) {
        List<Long> ids = new ArrayList<>();
        if (path == null) {
            return ids;
        }
        for (String part : path.split("/")) {
            if (!part.isBlank()) {
                ids.add(Long.parseLong(part.trim()));
            }
        }
        return ids;
    }

    private void email(String address, Notification n) {
        if (address == null || address.isBlank() || !mail.configured()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        if (n.body() != null) {
            text.append(n.body()).append("\n\n");
        }
        if (n.link() != null) {
            text.append(baseUrl).append(n.link()).append('\n');
        }
        mail.send(address, "Minga: " + n.title(), text.toString());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
