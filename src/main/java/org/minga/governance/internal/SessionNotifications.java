package org.minga.governance.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.minga.governance.internal.BodyReadModel.MemberView;
import org.minga.governance.internal.SessionReadModel.SessionView;
import org.minga.platform.Mail;
import org.minga.platform.Mail.Attachment;
import org.minga.platform.Notifications;
import org.minga.platform.Notifications.Notification;
import org.minga.platform.Times;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The technical secretariat's messages to a body's members: the convocation of a session (date, place or link,
 * agenda, and the calendar invitation in the jurisdiction's zone), the draft acta circulated for comments and the
 * acta once approved (its PDF attached). Each active member gets one message: members with an account through their
 * notifications (in Minga, and by e-mail as each chose), members known only by an e-mail address by e-mail. After
 * the change commits, each in its own transaction, through Spring Modulith's event publication registry.
 */
@Component
class SessionNotifications {

    /** A session was scheduled: its members are convened (unless it is recorded after it took place). */
    record SessionConvened(long sessionId) {
    }

    /** The draft acta of a session was circulated to the members for their comments. */
    record ActaCirculated(long sessionId) {
    }

    /** A session's acta was approved and the session closed. */
    record ActaApproved(long sessionId) {
    }

    private final SessionService sessions;
    private final BodyService bodies;
    private final CommitmentService commitments;
    private final ActaPdf pdf;
    private final Access access;
    private final Notifications notifications;
    private final Mail mail;
    private final String baseUrl;
    private final String from;

    SessionNotifications(SessionService sessions, BodyService bodies, CommitmentService commitments, ActaPdf pdf,
            Access access, Notifications notifications, Mail mail, @Value("${minga.base-url:}") String baseUrl,
            @Value("${minga.mail.from:}") String from) {
        this.sessions = sessions;
        this.bodies = bodies;
        this.commitments = commitments;
        this.pdf = pdf;
        this.access = access;
        this.notifications = notifications;
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    @ApplicationModuleListener
    void convened(SessionConvened event) {
        SessionView s = sessions.byId(event.sessionId()).orElseThrow();
        if (s.startsAt().toInstant().isBefore(Instant.now())) {
            return; // a session recorded after it took place convenes nobody
        }
        String body = when(s) + (s.place() == null ? "" : " · " + s.place())
                + (s.link() == null ? "" : " · " + s.link()) + "\n\nOrden del día:\n" + s.agenda()
                + "\n\nLa invitación de calendario va adjunta (invitacion.ics).";
        Notification n = new Notification("session.convened",
                "Convocatoria: sesión " + s.number() + " de " + s.bodyName(), body, "/governance/sessions/" + s.id(),
                s.jurisdictionId(), "session:" + s.id() + ":convened");
        var zone = access.jurisdiction(s.jurisdictionId()).zoneId();
        Instant now = Instant.now();
        tell(s, n, m -> List.of(new Attachment("invitacion.ics", "text/calendar; charset=UTF-8; method=REQUEST",
                Ics.invitation(s, zone, host(), from, m.personLabel(), m.email(), now)
                        .getBytes(StandardCharsets.UTF_8))));
    }

    @ApplicationModuleListener
    void actaCirculated(ActaCirculated event) {
        SessionView s = sessions.byId(event.sessionId()).orElseThrow();
        String body = "La secretaría técnica envía el borrador del acta de la sesión del " + when(s)
                + " para sus comentarios. Escríbalos en la página de la sesión antes de su aprobación.\n\nBorrador:\n"
                + s.minutes();
        Function<MemberView, List<Attachment>> draft = once(() -> List.of(acta(s, "borrador-acta-sesion-")));
        tell(s, new Notification("session.acta-circulated",
                "Acta para comentarios: sesión " + s.number() + " de " + s.bodyName(), body,
                "/governance/sessions/" + s.id(), s.jurisdictionId(), "session:" + s.id() + ":circulated:"
                        + s.version()),
                draft);
    }

    @ApplicationModuleListener
    void actaApproved(ActaApproved event) {
        SessionView s = sessions.byId(event.sessionId()).orElseThrow();
        String body = "Sesión del " + when(s) + ", aprobada por " + s.closedBy() + ".\n\nActa:\n" + s.minutes()
                + (s.decisions() == null || s.decisions().isBlank() ? "" : "\n\nDecisiones:\n" + s.decisions())
                + "\n\nEl acta en PDF va adjunta.";
        tell(s, new Notification("session.acta-approved", "Acta aprobada: sesión " + s.number() + " de " + s.bodyName(),
                body, "/governance/sessions/" + s.id(), s.jurisdictionId(), "session:" + s.id() + ":acta"),
                once(() -> List.of(acta(s, "acta-sesion-"))));
    }

    private Attachment acta(SessionView s, String name) {
        byte[] bytes = pdf.render(bodies.byId(s.bodyId()).orElseThrow(), s, sessions.attendance(s),
                sessions.quorum(s), commitments.ofSession(s.id()));
        return new Attachment(name + s.number() + ".pdf", "application/pdf", bytes);
    }

    /** The same files for every member, made the first time one is asked for. */
    private static Function<MemberView, List<Attachment>> once(Supplier<List<Attachment>> files) {
        List<List<Attachment>> made = new ArrayList<>(1);
        return m -> {
            if (made.isEmpty()) {
                made.add(files.get());
            }
            return made.get(0);
        };
    }

    /**
     * One message per active member, with the files {@code attachments} gives for that member; none are made when
     * no e-mail can leave (no SMTP server configured).
     */
    private void tell(SessionView s, Notification n, Function<MemberView, List<Attachment>> files) {
        Function<MemberView, List<Attachment>> attachments = mail.configured() ? files : m -> List.of();
        for (MemberView m : bodies.members(s.bodyId())) {
            if (!m.active()) {
                continue;
            }
            if (m.userId() != null) {
                notifications.notifyUsers(List.of(m.userId()), n, attachments.apply(m));
            } else if (m.email() != null && !m.email().isBlank()) {
                mail.send(m.email(), "Minga: " + n.title(), n.body() + "\n\n" + baseUrl + n.link(),
                        attachments.apply(m));
            }
        }
    }

    private String host() {
        String h = baseUrl.replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
        return h.isBlank() ? "minga" : h;
    }

    private static String when(SessionView s) {
        return Times.DATE_TIME.format(s.startsAt()) + " (hora de " + s.startsAt().getZone().getId() + ")";
    }
}
