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
                .map(s -> {
                    var start = s.startsAt().withZoneSameInstant(zone).toLocalDateTime();
                    return new ICalendar.Event("gov-session-" + s.id() + "@" + host, zone, start,
                            start.plusMinutes(s.durationMin()), body.name() + " · sesión " + s.number(),
                            s.place() != null ? s.place() : s.link(),
                            s.agenda() == null ? null
                                    : "Orden del día:\n" + s.agenda()
                                            + (s.link() != null ? "\nEnlace: " + s.link() : ""),
                            s.link(), s.status() == Gov.SessionStatus.SCHEDULED ? "TENTATIVE" : "CONFIRMED",
                            s.version(), "Sesión de instancia");
                }).toList();
        return ICalendar.calendar(body.name(), zone, events, now);
    }
}
