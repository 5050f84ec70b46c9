package org.minga.platform.internal.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.minga.platform.Mail;
import org.minga.platform.Notifications;
import org.minga.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcNotifications implements Notifications {

    private final NotificationRepository store;
    private final Mail mail;
    private final String baseUrl;

    JdbcNotifications(NotificationRepository store, Mail mail, @Value("${minga.base-url:}") String baseUrl) {
        this.store = store;
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    @Transactional
    public boolean notifyUser(long userId, Notification n) {
        return notifyUser(userId, n, List.of());
    }

    private boolean notifyUser(long userId, Notification n, List<Mail.Attachment> attachments) {
        // nothing for a user who chose not to receive this topic; the e-mail only where they kept it on
        List<String> emails = store.insert(userId, n);
        if (emails.isEmpty()) {
            return false;
        }
        email(emails.get(0), n, attachments);
        return true;
    }

    @Override
    @Transactional
    public int notifyUsers(Collection<Long> userIds, Notification n, List<Mail.Attachment> attachments) {
        int count = 0;
        for (Long id : Set.copyOf(userIds)) {
            if (notifyUser(id, n, attachments)) {
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
        List<Long> users = store.usersCovering(jurisdictionId, roles.stream().map(Role::name).toList(), ancestors);
        return notifyUsers(users, n);
    }

    @Override
    public long unreadCount(long userId) {
        return store.unreadCount(userId);
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

    private void email(String address, Notification n, List<Mail.Attachment> attachments) {
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
        mail.send(address, "Minga: " + n.title(), text.toString(), attachments);
    }
}
