package org.minga.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Labels;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.BodyReadModel.MemberView;
import org.minga.governance.internal.Gov.AttendanceStatus;
import org.minga.governance.internal.Gov.MemberRole;
import org.minga.governance.internal.SessionReadModel.SessionView;
import org.minga.governance.internal.domain.Session;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.Times;
import org.minga.platform.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions of a body: date, place or link, agenda, attendance with the quorum rule, minutes and decisions. The rules
 * (a closed session never changes, writing minutes or attendance means it took place, approving closes it) are
 * {@link Session}'s; each change is saved against the version that was read, so two people editing never overwrite
 * each other silently. Members hear of a session convened and an acta approved through
 * {@link SessionNotifications}' events.
 */
@Service
@RequiredArgsConstructor
public class SessionService {

    public record AttendanceLine(MemberView member, AttendanceStatus status) {
    }

    public record Quorum(int voting, int present, int required, boolean met) {
    }

    public record SessionForm(Long bodyId, LocalDateTime startsAt, Integer durationMin, String place, String link,
            String agenda, Integer version) {
    }

    public record MinutesForm(String minutes, String decisions, Integer version) {
    }

    public record AttendanceForm(Map<Long, String> attendance, Integer version) {
    }

    private final Labels labels;
    private final SessionRepository repository;
    private final SessionReadModel read;
    private final BodyService bodies;
    private final Access access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    public Optional<SessionView> byId(long id) {
        return read.byId(id);
    }

    public SessionView requireVisible(long id, CurrentUser user) {
        return access.requireVisible(read.byId(id), user, "la sesión " + id);
    }

    public PageResult<SessionView> ofBody(long bodyId, PageRequest page) {
        return read.ofBody(bodyId, page);
    }

    public List<SessionView> all(long bodyId) {
        return read.all(bodyId);
    }

    public List<AttendanceLine> attendance(SessionView s) {
        Map<Long, AttendanceStatus> marked = read.marks(s.id());
        List<AttendanceLine> out = new ArrayList<>();
        for (MemberView m : bodies.members(s.bodyId())) {
            out.add(new AttendanceLine(m, marked.get(m.id())));
        }
        read.retiredMarked(s.id()).forEach(m -> out.add(new AttendanceLine(m, marked.get(m.id()))));
        return out;
    }

    /** Quorum: present members (occasional guests do not count) over the active voting members. */
    public Quorum quorum(SessionView s) {
        BodyView b = bodies.byId(s.bodyId()).orElseThrow();
        List<AttendanceLine> lines = attendance(s);
        int voting = (int) lines.stream()
                .filter(l -> l.member().active() && l.member().role() != MemberRole.OCCASIONAL_GUEST).count();
        int present = (int) lines.stream().filter(l -> l.member().role() != MemberRole.OCCASIONAL_GUEST
                && l.status() == AttendanceStatus.PRESENT).count();
        int required = (int) Math.ceil(voting * b.quorumPercent() / 100.0);
        return new Quorum(voting, present, required, voting > 0 && present >= required);
    }

    // ---- writes ------------------------------------------------------------------------------------

    @Transactional
    public SessionView create(SessionForm f, CurrentUser user) {
        if (f.bodyId() == null) {
            throw new ValidationException("bodyId", "Indique la instancia de la sesión.");
        }
        BodyView b = bodies.requireVisible(f.bodyId(), user);
        access.requireEditor(user, b.jurisdictionId(), b.territoryPath(), "la instancia " + b.name());
        Jurisdiction j = access.jurisdiction(b.jurisdictionId());
        Session.Schedule schedule = schedule(f, j);
        requireInTerm(b, f.startsAt() == null ? null : f.startsAt().toLocalDate());
        int number = repository.nextNumber(b.id());
        long id = repository.save(Session.schedule(j.id(), b.id(), number, schedule, Instant.now())).id().value();
        SessionView s = read.byId(id).orElseThrow();
        audit.record("CREATE", "gov_session", id, j.id(), "Sesión " + number + " de " + b.name() + " programada", null,
                s);
        events.publishEvent(new SessionNotifications.SessionConvened(id));
        return s;
    }

    /** A temporary unit sits until its end date, and not once it is closed. */
    static void requireInTerm(BodyView b, LocalDate day) {
        if (b.term() == null) {
            return;
        }
        if (b.term().closedOn() != null) {
            throw new ConflictException("La unidad temporal " + b.name() + " se cerró el " + b.term().closedOn()
                    + ": ya no sesiona.");
        }
        if (day != null && day.isAfter(b.term().endsOn())) {
            throw new ValidationException("startsAt", "La unidad temporal " + b.name() + " se cierra el "
                    + b.term().endsOn() + ": la sesión debe ser hasta ese día.");
        }
    }

    private static Session.Schedule schedule(SessionForm f, Jurisdiction j) {
        return new Session.Schedule(f.startsAt() == null ? null : f.startsAt().atZone(j.zoneId()).toInstant(),
                f.durationMin(), f.place(), f.link(), f.agenda());
    }

    private SessionView requireOpenForEdit(long id, CurrentUser user) {
        SessionView s = requireVisible(id, user);
        access.requireEditor(user, s.jurisdictionId(), s.territoryPath(),
                "la sesión " + s.number() + " de " + s.bodyName());
        if (s.closed()) {
            throw closed(s);
        }
        return s;
    }

    static ConflictException closed(SessionView s) {
        return new ConflictException("La sesión " + s.number() + " de " + s.bodyName()
                + " está cerrada: su acta fue aprobada y ya no se puede modificar.");
    }

    private ConflictException stale(SessionView s, String what) {
        SessionView now = read.byId(s.id()).orElseThrow();
        if (now.closed()) {
            return closed(now);
        }
        return new ConflictException("Otra persona guardó " + what + " de la sesión " + s.number()
                + " mientras usted la editaba. Sus cambios no se guardaron: recargue la página, revise la versión actual y repita su cambio.");
    }

    /** Loads the session, lets {@code change} act on it and saves it; a closed or changed session is refused. */
    private SessionView change(SessionView before, String what, Consumer<Session> change) {
        Session session = repository.findById(before.id()).orElseThrow();
        try {
            change.accept(session);
            repository.save(session);
        } catch (Session.Closed | Session.Stale | OptimisticLockingFailureException e) {
            throw stale(before, what);
        }
        return read.byId(before.id()).orElseThrow();
    }

    @Transactional
    public SessionView update(long id, SessionForm f, CurrentUser user) {
        SessionView before = requireOpenForEdit(id, user);
        Jurisdiction j = access.jurisdiction(before.jurisdictionId());
        Session.Schedule schedule = schedule(f, j);
        int version = requireVersion(f.version());
        SessionView after = change(before, "los datos", s -> s.reschedule(schedule, version, Instant.now()));
        audit.record("UPDATE", "gov_session", id, j.id(),
                "Sesión " + after.number() + " de " + after.bodyName() + " actualizada", before, after);
        return after;
    }

    @Transactional
    public SessionView saveMinutes(long id, MinutesForm f, CurrentUser user) {
        SessionView before = requireOpenForEdit(id, user);
        int version = requireVersion(f.version());
        SessionView after = change(before, "el acta",
                s -> s.writeMinutes(f.minutes(), f.decisions(), version, Instant.now()));
        audit.record("UPDATE", "gov_session", id, after.jurisdictionId(), "Acta de la sesión " + after.number() + " de "
                + after.bodyName() + " guardada",
                Map.of("minutes", String.valueOf(before.minutes()), "decisions", String.valueOf(before.decisions())),
                Map.of("minutes", String.valueOf(after.minutes()), "decisions", String.valueOf(after.decisions())));
        return after;
    }

    @Transactional
    public SessionView recordAttendance(long id, AttendanceForm f, CurrentUser user) {
        SessionView before = requireOpenForEdit(id, user);
        int version = requireVersion(f.version());
        Map<Long, AttendanceStatus> parsed = parseAttendance(before, f);
        SessionView after = change(before, "la asistencia", s -> s.attendanceTaken(version, Instant.now()));
        repository.replaceAttendance(id, parsed);
        Quorum q = quorum(after);
        audit.record("UPDATE", "gov_session", id, after.jurisdictionId(), "Asistencia de la sesión " + after.number()
                + " de " + after.bodyName() + ": " + q.present() + " de " + q.voting() + " presentes", null, parsed);
        return after;
    }

    private Map<Long, AttendanceStatus> parseAttendance(SessionView s, AttendanceForm f) {
        Map<Long, MemberView> members = new HashMap<>();
        bodies.members(s.bodyId()).forEach(m -> members.put(m.id(), m));
        List<FieldError> errors = new ArrayList<>();
        Map<Long, AttendanceStatus> parsed = new HashMap<>();
        (f.attendance() == null ? Map.<Long, String>of() : f.attendance()).forEach((memberId, status) -> {
            String field = "attendance[" + memberId + "]";
            if (!members.containsKey(memberId)) {
                errors.add(new FieldError(field, "El integrante " + memberId + " no es de esta instancia."));
            } else if (status != null && !status.isBlank()) {
                labels.parse(AttendanceStatus.class, status).ifPresentOrElse(a -> parsed.put(memberId, a),
                        () -> errors.add(new FieldError(field,
                                "La asistencia '" + status + "' no existe: use presente, ausente o excusa.")));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return parsed;
    }

    public SessionReadModel.Circulation circulation(SessionView s) {
        return read.circulation(s.id());
    }

    /** The technical secretariat circulates the draft acta to the members for their comments (by e-mail, PDF). */
    @Transactional
    public SessionView circulate(long id, Integer version, CurrentUser user) {
        SessionView s = requireOpenForEdit(id, user);
        int v = requireVersion(version);
        SessionView after = change(s, "el acta", x -> x.circulate(v, Instant.now()));
        audit.record("UPDATE", "gov_session", id, s.jurisdictionId(),
                "Borrador del acta de la sesión " + s.number() + " de " + s.bodyName() + " enviado a comentarios",
                null, null);
        events.publishEvent(new SessionNotifications.ActaCirculated(id));
        return after;
    }

    /** A comment on the circulated draft acta, by someone who sees the session, while it is not approved. */
    @Transactional
    public SessionReadModel.Circulation comment(long id, String comment, CurrentUser user) {
        SessionView s = requireVisible(id, user);
        if (s.closed()) {
            throw closed(s);
        }
        if (!read.circulation(id).circulated()) {
            throw new ConflictException("El acta de la sesión " + s.number() + " de " + s.bodyName()
                    + " aún no se ha enviado a comentarios.");
        }
        if (comment == null || comment.isBlank()) {
            throw new ValidationException("comment", "Escriba su comentario al acta.");
        }
        if (comment.length() > 4000) {
            throw new ValidationException("comment", "El comentario admite hasta 4000 caracteres.");
        }
        repository.addComment(id, user.fullName(), comment.strip());
        audit.record("CREATE", "gov_acta_comment", id, s.jurisdictionId(),
                "Comentario al acta de la sesión " + s.number() + " de " + s.bodyName(), null, null);
        return read.circulation(id);
    }

    /** Approves the minutes and closes the session; needs the session to have taken place, minutes and the quorum. */
    @Transactional
    public SessionView approve(long id, Integer version, CurrentUser user) {
        SessionView s = requireOpenForEdit(id, user);
        int v = requireVersion(version);
        List<FieldError> problems = new ArrayList<>();
        if (s.startsAt().toInstant().isAfter(Instant.now())) {
            problems.add(new FieldError("startsAt", "La sesión está programada para el "
                    + Times.DATE_TIME.format(s.startsAt()) + " (hora de " + s.startsAt().getZone().getId()
                    + "): su acta se aprueba después de realizada."));
        }
        Quorum q = quorum(s);
        if (!q.met()) {
            problems.add(new FieldError("attendance", "No hay quórum: " + q.present() + " presentes de " + q.voting()
                    + " integrantes; se necesitan " + q.required() + "."));
        }
        SessionView after = change(s, "la sesión", x -> x.approve(user.fullName(), v, problems, Instant.now()));
        audit.record("UPDATE", "gov_session", id, s.jurisdictionId(),
                "Acta de la sesión " + s.number() + " de " + s.bodyName() + " aprobada; sesión cerrada", s, after);
        events.publishEvent(new SessionNotifications.ActaApproved(id));
        return after;
    }

    private static int requireVersion(Integer v) {
        if (v == null) {
            throw new ValidationException("version", "Falta la versión de la sesión que se editó.");
        }
        return v;
    }
}
