package org.minga.governance.internal;

import java.util.ArrayList;
import java.util.List;

import org.minga.governance.internal.BodyReadModel.MemberView;
import org.minga.governance.internal.SessionReadModel.SessionView;
import org.minga.platform.Mail;
import org.minga.platform.Notifications;
import org.minga.platform.Notifications.Notification;
import org.minga.platform.Times;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a body's members what concerns them: a session convened (date, place or link, agenda) and its acta once
 * approved. Members with an account get a notification (and an e-mail, as each chose); members known only by an
 * e-mail address get the e-mail, when mail is configured. After the change commits, each in its own transaction,
 * through Spring Modulith's event publication registry.
 */
@Component
class SessionNotifications {

    /** A session was scheduled: its members are convened (unless it is recorded after it took place). */
    record SessionConvened(long sessionId) {
    }

    /** A session's acta was approved and the session closed. */
    record ActaApproved(long sessionId) {
    }

    private final SessionService sessions;
    private final BodyService bodies;
    private final Notifications notifications;
    private final Mail mail;
    private final String baseUrl;

    SessionNotifications(SessionService sessions, BodyService bodies, Notifications notifications, Mail mail,
            @org.springframework.beans.factory.annotation.Value("${minga.base-url:}") String baseUrl) {
        this.sessions = sessions;
        this.bodies = bodies;
        this.notifications = notifications;
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void convened(SessionConvened event) {
        SessionView s = sessions.byId(event.sessionId()).orElseThrow();
        if (s.startsAt().toInstant().isBefore(java.time.Instant.now())) {
            return; // a session recorded after it took place convenes nobody
        }
        StringBuilder body = new StringBuilder();
        body.append(when(s)).append(s.place() == null ? "" : " · " + s.place())
                .append(s.link() == null ? "" : " · " + s.link()).append("\n\nAgenda:\n").append(s.agenda());
        tell(s, new Notification("session.convened", "Convocatoria: sesión " + s.number() + " de " + s.bodyName(),
                body.toString(), "/governance/sessions/" + s.id(), s.jurisdictionId(),
                "session:" + s.id() + ":convened"));
    }

    @ApplicationModuleListener
    void actaApproved(ActaApproved event) {
        SessionView s = sessions.byId(event.sessionId()).orElseThrow();
        String body = "Sesión del " + when(s) + ", aprobada por " + s.closedBy() + ".\n\nActa:\n" + s.minutes()
                + (s.decisions() == null || s.decisions().isBlank() ? "" : "\n\nDecisiones:\n" + s.decisions());
        tell(s, new Notification("session.acta-approved", "Acta aprobada: sesión " + s.number() + " de " + s.bodyName(),
                body, "/governance/sessions/" + s.id(), s.jurisdictionId(), "session:" + s.id() + ":acta"));
    }

    private void tell(SessionView s, Notification n) {
        List<Long> users = new ArrayList<>();
        for (MemberView m : bodies.members(s.bodyId())) {
            if (!m.active()) {
                continue;
            }
            if (m.userId() != null) {
                users.add(m.userId());
            } else if (m.email() != null && !m.email().isBlank()) {
                mail.send(m.email(), "Minga: " + n.title(), n.body() + "\n\n" + baseUrl + n.link());
            }
        }
        notifications.notifyUsers(users, n);
    }

    private static String when(SessionView s) {
        return Times.DATE_TIME.format(s.startsAt()) + " (hora de " + s.startsAt().getZone().getId() + ")";
    }
}
