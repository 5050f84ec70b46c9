package org.minga.platform;

import java.util.Collection;
import java.util.Set;

/**
 * In-app notifications (the bell in the page header, {@code /notifications}), also sent by email when SMTP is
 * configured ({@code spring.mail.host}). Call it inside the transaction of the change that causes it: the
 * notification is stored with that change and the email leaves only after it commits.
 */
public interface Notifications {

    /** Notifies one user; returns false when the key was already notified to that user (nothing is sent). */
    boolean notifyUser(long userId, Notification notification);

    /** Notifies several users, each at most once per key; returns how many were notified now. */
    default int notifyUsers(Collection<Long> userIds, Notification notification) {
        return notifyUsers(userIds, notification, java.util.List.of());
    }

    /**
     * Notifies several users as {@link #notifyUsers(Collection, Notification)}; the e-mail of each (where they kept
     * e-mail on for the topic) carries the files attached: a calendar invitation, an acta.
     */
    int notifyUsers(Collection<Long> userIds, Notification notification, java.util.List<Mail.Attachment> attachments);

    /**
     * Notifies the enabled users of a jurisdiction whose role is one of {@code roles} and whose territory scope
     * covers the territory with materialised path {@code territoryPath} ("/1/5/23/"): users scoped to that
     * territory, to one of its ancestors, or to the whole jurisdiction. This is how a supervisor is reached.
     * Returns how many were notified now.
     */
    int notifyCovering(long jurisdictionId, String territoryPath, Set<Role> roles, Notification notification);

    /**
     * Notifies the users who hold {@code capability} by territory (the access policy's table) and whose scope covers
     * the territory: modules name what the news is about, never roles.
     */
    default int notifyCovering(long jurisdictionId, String territoryPath, Capability capability,
            Notification notification) {
        return notifyCovering(jurisdictionId, territoryPath, AccessPolicy.rolesByTerritory(capability), notification);
    }

    /** Unread notifications of a user. */
    long unreadCount(long userId);

    /**
     * What is notified. {@code kind} groups notifications ("commitment.assigned"); {@code link} is a path in
     * Minga ("/governance/commitments/12"); {@code key}, when not null, makes the notification idempotent per
     * user (e.g. "commitment:12:due:2026-03-01" so a daily job notifies a due date once).
     */
    record Notification(String kind, String title, String body, String link, Long jurisdictionId, String key) {

        public Notification {
            if (kind == null || kind.isBlank() || title == null || title.isBlank()) {
                throw new IllegalArgumentException("A notification needs a kind and a title");
            }
        }

        public static Notification of(String kind, String title, String body, String link, Long jurisdictionId) {
            return new Notification(kind, title, body, link, jurisdictionId, null);
        }

        public Notification withKey(String key) {
            return new Notification(kind, title, body, link, jurisdictionId, key);
        }
    }
}
