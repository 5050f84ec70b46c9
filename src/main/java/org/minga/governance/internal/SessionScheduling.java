package org.minga.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.minga.platform.Labels;
import org.minga.governance.internal.BodyForms.CalendarForm;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.domain.Session;
import org.minga.platform.AuditLog;
import org.minga.platform.Jurisdiction;
import org.springframework.stereotype.Component;

/** The calendar of sessions a body's periodicity gives: one session per date, none where one already is. */
@Component
record SessionScheduling(SessionRepository sessions, Access access, AuditLog audit, Labels labels) {

    /** Schedules the sessions between the form's dates (already checked); answers how many it created. */
    int calendar(BodyView b, CalendarForm f) {
        Jurisdiction j = access.jurisdiction(b.jurisdictionId());
        LocalTime time = f.time() == null ? LocalTime.of(9, 0) : f.time();
        int created = 0;
        Instant now = Instant.now();
        SessionService.requireInTerm(b, f.from());
        LocalDate until = b.term() != null && b.term().endsOn().isBefore(f.until()) ? b.term().endsOn() : f.until();
        for (LocalDate d = f.from(); !d.isAfter(until); d = b.periodicity().next(d)) {
            if (!sessions.existsOn(b.id(), j.timeZone(), d)) {
                Instant at = d.atTime(time).atZone(j.zoneId()).toInstant();
                sessions.save(Session.schedule(j.id(), b.id(), sessions.nextNumber(b.id()),
                        new Session.Schedule(at, null, f.place(), null, null), now));
                created++;
            }
        }
        audit.record("CREATE", "gov_session", null, j.id(), created + " sesiones programadas para " + b.name() + " ("
                + labels.spanish(b.periodicity()) + ", " + f.from() + " a " + f.until() + ")", null,
                Map.of("created", created));
        return created;
    }
}
