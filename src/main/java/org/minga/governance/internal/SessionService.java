package org.minga.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.governance.internal.BodyService.BodyView;
import org.minga.governance.internal.BodyService.MemberView;
import org.minga.governance.internal.Gov.AttendanceStatus;
import org.minga.governance.internal.Gov.MemberRole;
import org.minga.governance.internal.Gov.SessionStatus;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions of a body: date, place or link, agenda (which always starts with the review of the commitments still
 * open), attendance with the quorum rule, minutes and decisions. Approving the minutes closes the session: from then
 * on nothing of it changes. Minutes are saved against the version that was read, so two people editing them never
 * overwrite each other silently.
 */
@Service
public class SessionService {

    static final String REVIEW_ITEM = "1. Seguimiento a los compromisos abiertos de la instancia.";

    public record SessionView(long id, long jurisdictionId, long bodyId, String bodyName, String territoryPath,
            int number, ZonedDateTime startsAt, int durationMin, String place, String link,
            String agenda, String minutes, String decisions, SessionStatus status,
            OffsetDateTime closedAt, String closedBy, int version) {
        public boolean closed() {
            return status == SessionStatus.CLOSED;
        }
    }

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

    private final JdbcClient jdbc;
    private final BodyService bodies;
    private final Access access;
    private final AuditLog audit;

    private final org.springframework.context.ApplicationEventPublisher events;

    SessionService(JdbcClient jdbc, BodyService bodies, Access access, AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.access = access;
        this.audit = audit;
    }

    private static final String SELECT = """
            select s.*, b.name as body_name, b.territory_path, j.time_zone from gov_session s
            join gov_body b on b.id = s.body_id join jurisdiction j on j.id = s.jurisdiction_id
            """;

    static SessionView map(ResultSet rs, int n) throws SQLException {
        ZonedDateTime at = rs.getObject("starts_at", OffsetDateTime.class)
                .atZoneSameInstant(java.time.ZoneId.of(rs.getString("time_zone")));
        return new SessionView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getLong("body_id"),
                rs.getString("body_name"),
                rs.getString("territory_path"), rs.getInt("number"), at, rs.getInt("duration_min"),
                rs.getString("place"),
                rs.getString("link"), rs.getString("agenda"), rs.getString("minutes"), rs.getString("decisions"),
                SessionStatus.valueOf(rs.getString("status")), rs.getObject("closed_at", OffsetDateTime.class),
                rs.getString("closed_by"), rs.getInt("version"));
    }

    public Optional<SessionView> byId(long id) {
        return jdbc.sql(SELECT + "where s.id = :id").param("id", id).query(SessionService::map).optional();
    }

    public SessionView requireVisible(long id, CurrentUser user) {
        SessionView s = byId(id).orElseThrow(() -> new NotFoundException("No existe la sesión " + id + "."));
        access.requireVisible(user, s.jurisdictionId(), s.territoryPath(), "la sesión " + id);
        return s;
    }

    public PageResult<SessionView> ofBody(long bodyId, PageRequest page) {
        long total = jdbc.sql("select count(*) from gov_session where body_id = :b").param("b", bodyId)
                .query(Long.class).single();
        List<SessionView> items = jdbc.sql(SELECT + "where s.body_id = :b order by s.starts_at desc limit :l offset :o")
                .param("b", bodyId).param("l", page.size()).param("o", page.offset()).query(SessionService::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public List<SessionView> all(long bodyId) {
        return jdbc.sql(SELECT + "where s.body_id = :b order by s.starts_at limit 1000").param("b", bodyId)
                .query(SessionService::map).list();
    }

    public List<AttendanceLine> attendance(SessionView s) {
        Map<Long, AttendanceStatus> marked = new HashMap<>();
        jdbc.sql("select member_id, status from gov_attendance where session_id = :s").param("s", s.id())
                .query((rs, n) -> marked.put(rs.getLong(1), AttendanceStatus.valueOf(rs.getString(2)))).list();
        List<AttendanceLine> out = new ArrayList<>();
        for (MemberView m : bodies.members(s.bodyId())) {
            out.add(new AttendanceLine(m, marked.get(m.id())));
        }
        // members since retired who were marked
        jdbc.sql("""
                select m.*, a.name as actor_name from gov_member m join actor a on a.id = m.actor_id
                join gov_attendance at on at.member_id = m.id and at.session_id = :s where not m.active""")
                .param("s", s.id())
                .query((rs, n) -> new MemberView(rs.getLong("id"), rs.getLong("body_id"), rs.getLong("actor_id"),
                        rs.getString("actor_name"), rs.getString("person_name"), rs.getString("position"),
                        rs.getString("email"),
                        null, null, MemberRole.valueOf(rs.getString("role")), false))
                .list().forEach(m -> out.add(new AttendanceLine(m, marked.get(m.id()))));
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
        validate(f);
        Jurisdiction j = access.jurisdiction(b.jurisdictionId());
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from gov_session where body_id = :b")
                .param("b", b.id())
                .query(Integer.class).single();
        long id = jdbc.sql("""
                insert into gov_session (jurisdiction_id, body_id, number, starts_at, duration_min, place, link, agenda)
                values (:j, :b, :n, :at, :d, :p, :l, :a) returning id""")
                .param("j", j.id()).param("b", b.id()).param("n", number)
                .param("at", f.startsAt().atZone(j.zoneId()).toOffsetDateTime())
                .param("d", f.durationMin() == null ? 120 : f.durationMin()).param("p", BodyService.blank(f.place()))
                .param("l", BodyService.blank(f.link())).param("a", agenda(f.agenda())).query(Long.class).single();
        SessionView s = byId(id).orElseThrow();
        audit.record("CREATE", "gov_session", id, j.id(), "Sesión " + number + " de " + b.name() + " programada", null,
                s);
        events.publishEvent(new SessionNotifications.SessionConvened(id));
        return s;
    }

    /** The agenda always opens with the review of open commitments. */
    static String agenda(String items) {
        String rest = items == null ? "" : items.strip();
        if (rest.startsWith(REVIEW_ITEM)) {
            return rest;
        }
        return rest.isEmpty() ? REVIEW_ITEM : REVIEW_ITEM + "\n" + rest;
    }

    private static void validate(SessionForm f) {
        List<FieldError> errors = new ArrayList<>();
        if (f.startsAt() == null) {
            errors.add(new FieldError("startsAt", "Indique la fecha y hora de la sesión."));
        }
        if (f.durationMin() != null && (f.durationMin() < 10 || f.durationMin() > 720)) {
            errors.add(new FieldError("durationMin", "La duración va de 10 a 720 minutos."));
        }
        if (f.link() != null && !f.link().isBlank() && !f.link().strip().matches("(?i)https?://\\S+")) {
            errors.add(new FieldError("link", "El enlace debe empezar por http:// o https://."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
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
        SessionView now = byId(s.id()).orElseThrow();
        if (now.closed()) {
            return closed(now);
        }
        return new ConflictException("Otra persona guardó " + what + " de la sesión " + s.number()
                + " mientras usted la editaba. Sus cambios no se guardaron: recargue la página, revise la versión actual y repita su cambio.");
    }

    @Transactional
    public SessionView update(long id, SessionForm f, CurrentUser user) {
        SessionView before = requireOpenForEdit(id, user);
        validate(f);
        requireVersion(f.version());
        Jurisdiction j = access.jurisdiction(before.jurisdictionId());
        int n = jdbc.sql("""
                update gov_session set starts_at = :at, duration_min = :d, place = :p, link = :l, agenda = :a,
                  version = version + 1, updated_at = now() where id = :id and version = :v and status <> 'CLOSED'""")
                .param("at", f.startsAt().atZone(j.zoneId()).toOffsetDateTime())
                .param("d", f.durationMin() == null ? 120 : f.durationMin())
                .param("p", BodyService.blank(f.place())).param("l", BodyService.blank(f.link()))
                .param("a", agenda(f.agenda()))
                .param("id", id).param("v", f.version()).update();
        if (n == 0) {
            throw stale(before, "los datos");
        }
        SessionView after = byId(id).orElseThrow();
        audit.record("UPDATE", "gov_session", id, j.id(),
                "Sesión " + after.number() + " de " + after.bodyName() + " actualizada", before, after);
        return after;
    }

    @Transactional
    public SessionView saveMinutes(long id, MinutesForm f, CurrentUser user) {
        SessionView before = requireOpenForEdit(id, user);
        requireVersion(f.version());
        int n = jdbc
                .sql("""
                        update gov_session set minutes = :m, decisions = :d, status = case when status = 'SCHEDULED' then 'HELD' else status end,
                          version = version + 1, updated_at = now() where id = :id and version = :v and status <> 'CLOSED'""")
                .param("m", BodyService.blank(f.minutes())).param("d", BodyService.blank(f.decisions()))
                .param("id", id).param("v", f.version()).update();
        if (n == 0) {
            throw stale(before, "el acta");
        }
        SessionView after = byId(id).orElseThrow();
        audit.record("UPDATE", "gov_session", id, after.jurisdictionId(), "Acta de la sesión " + after.number() + " de "
                + after.bodyName() + " guardada",
                Map.of("minutes", String.valueOf(before.minutes()), "decisions", String.valueOf(before.decisions())),
                Map.of("minutes", String.valueOf(after.minutes()), "decisions", String.valueOf(after.decisions())));
        return after;
    }

    @Transactional
    public SessionView recordAttendance(long id, AttendanceForm f, CurrentUser user) {
        SessionView before = requireOpenForEdit(id, user);
        requireVersion(f.version());
        Map<Long, MemberView> members = new HashMap<>();
        bodies.members(before.bodyId()).forEach(m -> members.put(m.id(), m));
        List<FieldError> errors = new ArrayList<>();
        Map<Long, AttendanceStatus> parsed = new HashMap<>();
        (f.attendance() == null ? Map.<Long, String>of() : f.attendance()).forEach((memberId, status) -> {
            if (!members.containsKey(memberId)) {
                errors.add(new FieldError("attendance[" + memberId + "]",
                        "El integrante " + memberId + " no es de esta instancia."));
            } else if (status != null && !status.isBlank()) {
                Gov.parse(AttendanceStatus.class, status).ifPresentOrElse(a -> parsed.put(memberId, a),
                        () -> errors.add(
                                new FieldError("attendance[" + memberId + "]",
                                        "La asistencia '" + status + "' no existe: use presente, ausente o excusa.")));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int n = jdbc.sql("""
                update gov_session set status = case when status = 'SCHEDULED' then 'HELD' else status end,
                  version = version + 1, updated_at = now() where id = :id and version = :v and status <> 'CLOSED'""")
                .param("id", id).param("v", f.version()).update();
        if (n == 0) {
            throw stale(before, "la asistencia");
        }
        jdbc.sql("delete from gov_attendance where session_id = :s").param("s", id).update();
        parsed.forEach(
                (m, a) -> jdbc.sql("insert into gov_attendance (session_id, member_id, status) values (:s, :m, :a)")
                        .param("s", id).param("m", m).param("a", a.name()).update());
        SessionView after = byId(id).orElseThrow();
        Quorum q = quorum(after);
        audit.record("UPDATE", "gov_session", id, after.jurisdictionId(),
                "Asistencia de la sesión " + after.number() + " de "
                        + after.bodyName() + ": " + q.present() + " de " + q.voting() + " presentes",
                null, parsed);
        return after;
    }

    /** Approves the minutes and closes the session; needs the session to have taken place, minutes and the quorum. */
    @Transactional
    public SessionView approve(long id, Integer version, CurrentUser user) {
        SessionView s = requireOpenForEdit(id, user);
        requireVersion(version);
        List<FieldError> errors = new ArrayList<>();
        if (s.startsAt().toInstant().isAfter(java.time.Instant.now())) {
            errors.add(new FieldError("startsAt", "La sesión está programada para el "
                    + org.minga.platform.Times.DATE_TIME.format(s.startsAt()) + " (hora de "
                    + s.startsAt().getZone().getId()
                    + "): su acta se aprueba después de realizada."));
        }
        if (s.minutes() == null || s.minutes().isBlank()) {
            errors.add(new FieldError("minutes", "El acta está vacía: escríbala y guárdela antes de aprobarla."));
        }
        Quorum q = quorum(s);
        if (!q.met()) {
            errors.add(new FieldError("attendance", "No hay quórum: " + q.present() + " presentes de " + q.voting()
                    + " integrantes; se necesitan " + q.required() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int n = jdbc.sql("""
                update gov_session set status = 'CLOSED', closed_at = now(), closed_by = :by, version = version + 1,
                  updated_at = now() where id = :id and version = :v and status <> 'CLOSED'""")
                .param("by", user.fullName()).param("id", id).param("v", version).update();
        if (n == 0) {
            throw stale(s, "la sesión");
        }
        SessionView after = byId(id).orElseThrow();
        audit.record("UPDATE", "gov_session", id, s.jurisdictionId(),
                "Acta de la sesión " + s.number() + " de " + s.bodyName()
                        + " aprobada; sesión cerrada",
                s, after);
        events.publishEvent(new SessionNotifications.ActaApproved(id));
        return after;
    }

    private static void requireVersion(Integer v) {
        if (v == null) {
            throw new ValidationException("version", "Falta la versión de la sesión que se editó.");
        }
    }
}
