package org.minga.governance.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.SessionReadModel.SessionView;
import org.minga.platform.ICalendar;

/** iCalendar (RFC 5545) of a body's sessions, with the VTIMEZONE of the jurisdiction's zone ({@link ICalendar}). */
final class Ics {

    private Ics() {
    }

    static String calendar(BodyView body, String timeZone, List<SessionView> sessions, String host, Instant now) {
        ZoneId zone = ZoneId.of(timeZone);
        List<ICalendar.Event> events = sessions.stream().filter(s -> s.status() != Gov.SessionStatus.CANCELLED)
                .map(s -> event(s, zone, host, s.status() == Gov.SessionStatus.SCHEDULED ? "TENTATIVE" : "CONFIRMED"))
                .toList();
        return ICalendar.calendar(body.name(), zone, events, now);
    }

    /** The invitation a member receives with the convocation of a session (METHOD:REQUEST, one attendee). */
    static String invitation(SessionView s, ZoneId zone, String host, String organizer, String attendeeName,
            String attendeeEmail, Instant now) {
        return ICalendar.invitation(s.bodyName(), event(s, zone, host, "CONFIRMED"), organizer, attendeeName,
                attendeeEmail, now);
    }

    private static ICalendar.Event event(SessionView s, ZoneId zone, String host, String status) {
        var start = s.startsAt().withZoneSameInstant(zone).toLocalDateTime();
        return new ICalendar.Event("gov-session-" + s.id() + "@" + host, zone, start,
                start.plusMinutes(s.durationMin()), s.bodyName() + " · sesión " + s.number(),
                s.place() != null ? s.place() : s.link(),
                s.agenda() == null ? null
                        : "Orden del día:\n" + s.agenda() + (s.link() != null ? "\nEnlace: " + s.link() : ""),
                s.link(), status, s.version(), "Sesión de instancia");
    }
}
