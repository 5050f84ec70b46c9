package org.minga.governance.internal;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.actor.Sector;
import org.minga.governance.internal.BodyService.BodyView;
import org.minga.governance.internal.BodyService.MemberView;
import org.minga.governance.internal.Gov.CommitmentStatus;
import org.minga.governance.internal.SessionService.SessionView;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.Notifications;
import org.minga.platform.Notifications.Notification;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.platform.BusinessDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments (compromisos): what, who answers for it (actor, person, optionally a Minga user), co-responsible actors,
 * due date, status, progress, evidence and follow-up notes. Overdue counts in business days of the jurisdiction's
 * country: a commitment is overdue once a whole business day has passed after its due date.
 */
@Service
public class CommitmentService {

    public record CommitmentView(long id, long jurisdictionId, long bodyId, String bodyName, Long sessionId,
            Integer sessionNumber, String territoryPath, String title, String description,
            long responsibleActorId, String responsibleActorName, Long responsibleMemberId,
            String responsiblePerson, Long responsibleUserId, String strategicGoal, List<String> sectors,
            LocalDate dueDate, CommitmentStatus status, boolean overdue, int progress,
            LocalDate completedOn, int version) {
        /** The status users see: an open commitment past its due date is "vencido" even before the daily job runs. */
        public CommitmentStatus effectiveStatus() {
            return overdue && status.open() ? CommitmentStatus.OVERDUE : status;
        }

        public List<String> sectorLabels() {
            return sectors.stream().map(s -> Sector.valueOf(s).label()).toList();
        }
    }

    public record NoteView(long id, Long sessionId, String note, Integer progress, String author,
            OffsetDateTime createdAt) {
    }

    public record EvidenceView(long id, String name, String url, String contentType, boolean file, String author,
            OffsetDateTime createdAt) {
    }

    public record CommitmentForm(Long bodyId, Long sessionId, String title, String description,
            String responsibleActorCode,
            Long responsibleMemberId, String responsiblePerson, String responsibleUsername,
            List<String> coResponsibleActorCodes, String strategicGoal, LocalDate dueDate,
            Integer dueInBusinessDays) {
    }

    public record ProgressForm(String status, Integer progress, String note, Long sessionId, Integer version) {
    }

    private static final String SELECT = """
            select c.*, b.name as body_name, s.number as session_number, a.name as actor_name,
                   (c.due_date < :cutoff) as is_overdue
            from gov_commitment c join gov_body b on b.id = c.body_id join actor a on a.id = c.responsible_actor_id
            left join gov_session s on s.id = c.session_id
            """;

    private final JdbcClient jdbc;
    private final BodyService bodies;
    private final SessionService sessions;
    private final Access access;
    private final AuditLog audit;
    private final Actors actors;
    private final Notifications notifications;

    CommitmentService(JdbcClient jdbc, BodyService bodies, SessionService sessions, Access access, AuditLog audit,
            Actors actors, Notifications notifications) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.sessions = sessions;
        this.access = access;
        this.audit = audit;
        this.actors = actors;
        this.notifications = notifications;
    }

    static CommitmentView map(ResultSet rs, int n) throws SQLException {
        Array sectors = rs.getArray("sectors");
        return new CommitmentView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getLong("body_id"),
                rs.getString("body_name"),
                (Long) rs.getObject("session_id", Long.class), (Integer) rs.getObject("session_number", Integer.class),
                rs.getString("territory_path"), rs.getString("title"), rs.getString("description"),
                rs.getLong("responsible_actor_id"), rs.getString("actor_name"),
                (Long) rs.getObject("responsible_member_id", Long.class),
                rs.getString("responsible_person"), (Long) rs.getObject("responsible_user_id", Long.class),
                rs.getString("strategic_goal"), sectors == null ? List.of() : List.of((String[]) sectors.getArray()),
                rs.getObject("due_date", LocalDate.class), CommitmentStatus.valueOf(rs.getString("status")),
                rs.getBoolean("is_overdue"), rs.getInt("progress"), rs.getObject("completed_on", LocalDate.class),
                rs.getInt("version"));
    }

    // ---- business days -----------------------------------------------------------------------------

    static BusinessDays businessDays(Jurisdiction j) {
        return BusinessDays.forCountry(j.country());
    }

    /**
     * The first due date that is not yet overdue on {@code today}: a commitment due before the last business day on or
     * before today has had at least one whole business day pass since it fell due.
     */
    static LocalDate overdueCutoff(Jurisdiction j, LocalDate today) {
        BusinessDays bd = businessDays(j);
        LocalDate d = today;
        while (!bd.isBusinessDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    LocalDate today(Jurisdiction j) {
        return LocalDate.now(j.zoneId());
    }

    LocalDate cutoff(long jurisdictionId) {
        Jurisdiction j = access.jurisdiction(jurisdictionId);
        return overdueCutoff(j, today(j));
    }

    // ---- reads -------------------------------------------------------------------------------------

    public Optional<CommitmentView> byId(long id) {
        Long j = jdbc.sql("select jurisdiction_id from gov_commitment where id = :id").param("id", id).query(Long.class)
                .optional().orElse(null);
        if (j == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + "where c.id = :id").param("id", id).param("cutoff", cutoff(j))
                .query(CommitmentService::map).optional();
    }

    public CommitmentView requireVisible(long id, CurrentUser user) {
        CommitmentView c = byId(id).orElseThrow(() -> new NotFoundException("No existe el compromiso " + id + "."));
        if (!access.sees(user, c.jurisdictionId(), c.territoryPath())
                && !Long.valueOf(user.id()).equals(c.responsibleUserId())) {
            throw new NotFoundException("No existe el compromiso " + id + ".");
        }
        return c;
    }

    /** "Mis compromisos": those whose responsible user is {@code user}; open ones unless {@code all}. */
    public PageResult<CommitmentView> mine(CurrentUser user, boolean all, PageRequest page) {
        LocalDate cutoff = user.jurisdictionId() == null ? org.minga.platform.Times.todayHere()
                : cutoff(user.jurisdictionId());
        String where = " where c.responsible_user_id = :u"
                + (all ? "" : " and c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE')");
        long total = jdbc.sql("select count(*) from gov_commitment c" + where).param("u", user.id()).query(Long.class)
                .single();
        List<CommitmentView> items = jdbc.sql(SELECT + where + " order by c.due_date, c.id limit :l offset :o")
                .param("u", user.id()).param("cutoff", cutoff).param("l", page.size()).param("o", page.offset())
                .query(CommitmentService::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** A body's commitments: open ones, overdue ones (in business days) or all. */
    public PageResult<CommitmentView> ofBody(BodyView b, String filter, PageRequest page) {
        LocalDate cutoff = cutoff(b.jurisdictionId());
        String where = " where c.body_id = :b" + filterSql(filter);
        long total = jdbc.sql("select count(*) from gov_commitment c" + where).param("b", b.id())
                .param("cutoff", cutoff)
                .query(Long.class).single();
        List<CommitmentView> items = jdbc.sql(SELECT + where + " order by c.due_date, c.id limit :l offset :o")
                .param("b", b.id()).param("cutoff", cutoff).param("l", page.size()).param("o", page.offset())
                .query(CommitmentService::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The commitments of all bodies in a territory's subtree the user sees. */
    public PageResult<CommitmentView> ofTerritory(Jurisdiction j, String path, CurrentUser user, String filter,
            PageRequest page) {
        LocalDate cutoff = overdueCutoff(j, today(j));
        String where = " where c.jurisdiction_id = :j and c.territory_path like :path || '%' and "
                + Access.visibleSql("c") + filterSql(filter);
        long total = jdbc.sql("select count(*) from gov_commitment c" + where).param("j", j.id()).param("path", path)
                .param("prefix", access.prefix(user)).param("cutoff", cutoff).query(Long.class).single();
        List<CommitmentView> items = jdbc.sql(SELECT + where + " order by c.due_date, c.id limit :l offset :o")
                .param("j", j.id()).param("path", path).param("prefix", access.prefix(user)).param("cutoff", cutoff)
                .param("l", page.size()).param("o", page.offset()).query(CommitmentService::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private static String filterSql(String filter) {
        if ("overdue".equals(filter)) {
            return " and c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE') and c.due_date < :cutoff";
        }
        if ("all".equals(filter)) {
            return " and cast(:cutoff as date) is not null";
        }
        return " and c.status in ('PENDING', 'IN_PROGRESS', 'OVERDUE') and cast(:cutoff as date) is not null";
    }

    public List<CommitmentView> ofSession(long sessionId) {
        Long j = jdbc.sql("select jurisdiction_id from gov_session where id = :s").param("s", sessionId)
                .query(Long.class).single();
        return jdbc.sql(SELECT + "where c.session_id = :s order by c.id limit 500").param("s", sessionId)
                .param("cutoff", cutoff(j))
                .query(CommitmentService::map).list();
    }

    public List<String> coResponsible(long id) {
        return jdbc.sql(
                "select a.name from gov_commitment_actor ca join actor a on a.id = ca.actor_id where ca.commitment_id = :id order by a.name")
                .param("id", id).query(String.class).list();
    }

    public List<NoteView> notes(long id) {
        return jdbc.sql("select * from gov_commitment_note where commitment_id = :id order by id").param("id", id)
                .query((rs, n) -> new NoteView(rs.getLong("id"), (Long) rs.getObject("session_id", Long.class),
                        rs.getString("note"),
                        (Integer) rs.getObject("progress", Integer.class), rs.getString("author"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    public List<EvidenceView> evidence(long id) {
        return jdbc.sql(
                "select id, name, url, content_type, content is not null as is_file, author, created_at from gov_commitment_evidence where commitment_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new EvidenceView(rs.getLong("id"), rs.getString("name"), rs.getString("url"),
                        rs.getString("content_type"), rs.getBoolean("is_file"), rs.getString("author"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    public record EvidenceFile(String name, String contentType, byte[] content) {
    }

    public EvidenceFile evidenceFile(long commitmentId, long evidenceId, CurrentUser user) {
        requireVisible(commitmentId, user);
        return jdbc.sql(
                "select name, content_type, content from gov_commitment_evidence where id = :e and commitment_id = :c and content is not null")
                .param("e", evidenceId).param("c", commitmentId)
                .query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException("No existe el archivo de evidencia " + evidenceId + "."));
    }

    // ---- writes ------------------------------------------------------------------------------------

    @Transactional
    public CommitmentView create(CommitmentForm f, CurrentUser user) {
        if (f.bodyId() == null) {
            throw new ValidationException("bodyId", "Indique la instancia que asume el compromiso.");
        }
        BodyView b = bodies.requireVisible(f.bodyId(), user);
        access.requireEditor(user, b.jurisdictionId(), b.territoryPath(), "los compromisos de " + b.name());
        Jurisdiction j = access.jurisdiction(b.jurisdictionId());
        List<FieldError> errors = new ArrayList<>();
        SessionView session = null;
        if (f.sessionId() != null) {
            session = sessions.byId(f.sessionId()).filter(s -> s.bodyId() == b.id()).orElse(null);
            if (session == null) {
                errors.add(new FieldError("sessionId", "La sesión " + f.sessionId() + " no es de " + b.name() + "."));
            } else if (session.closed()) {
                throw SessionService.closed(session);
            }
        }
        if (f.title() == null || f.title().isBlank()) {
            errors.add(new FieldError("title", "Escriba qué se compromete."));
        } else if (f.title().strip().length() > 500) {
            errors.add(new FieldError("title",
                    "El compromiso admite hasta 500 caracteres; use la descripción para el detalle."));
        }
        MemberView member = null;
        if (f.responsibleMemberId() != null) {
            member = bodies.members(b.id()).stream().filter(m -> m.id() == f.responsibleMemberId()).findFirst()
                    .orElse(null);
            if (member == null) {
                errors.add(new FieldError("responsibleMemberId",
                        "El integrante " + f.responsibleMemberId() + " no es de " + b.name() + "."));
            }
        }
        ActorSummary actor = null;
        if (f.responsibleActorCode() != null && !f.responsibleActorCode().isBlank()) {
            actor = actors.byCode(j.id(), f.responsibleActorCode()).orElse(null);
            if (actor == null) {
                errors.add(new FieldError("responsibleActorCode",
                        "No existe el actor " + f.responsibleActorCode().strip() + "."));
            }
        } else if (member != null) {
            actor = actors.byId(member.actorId()).orElse(null);
        } else {
            errors.add(new FieldError("responsibleActorCode",
                    "Indique el actor responsable (o un integrante de la instancia)."));
        }
        Long userId = member == null ? null : member.userId();
        if (f.responsibleUsername() != null && !f.responsibleUsername().isBlank()) {
            userId = jdbc.sql("select id from app_user where username = :u and enabled")
                    .param("u", f.responsibleUsername().strip())
                    .query(Long.class).optional().orElse(null);
            if (userId == null) {
                errors.add(new FieldError("responsibleUsername",
                        "No existe el usuario de Minga " + f.responsibleUsername().strip() + "."));
            }
        }
        Set<ActorSummary> co = new LinkedHashSet<>();
        for (String code : f.coResponsibleActorCodes() == null ? List.<String>of() : f.coResponsibleActorCodes()) {
            if (code == null || code.isBlank()) {
                continue;
            }
            actors.byCode(j.id(), code).ifPresentOrElse(co::add, () -> errors.add(
                    new FieldError("coResponsibleActorCodes",
                            "No existe el actor corresponsable " + code.strip() + ".")));
        }
        LocalDate due = f.dueDate();
        if (f.dueInBusinessDays() != null) {
            if (f.dueInBusinessDays() < 1 || f.dueInBusinessDays() > 400) {
                errors.add(new FieldError("dueInBusinessDays", "El plazo en días hábiles va de 1 a 400."));
            } else {
                LocalDate from = session != null ? session.startsAt().toLocalDate() : today(j);
                due = businessDays(j).add(from, f.dueInBusinessDays());
            }
        }
        if (due == null) {
            errors.add(new FieldError("dueDate", "Indique la fecha límite o el plazo en días hábiles."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Set<String> sectors = new LinkedHashSet<>();
        actor.sectors().forEach(s -> sectors.add(s.name()));
        co.forEach(a -> a.sectors().forEach(s -> sectors.add(s.name())));
        String person = BodyService.blank(f.responsiblePerson()) != null ? f.responsiblePerson().strip()
                : member == null ? null : member.personName();
        LocalDate cutoff = overdueCutoff(j, today(j));
        String status = due.isBefore(cutoff) ? "OVERDUE" : "PENDING";
        long id = jdbc.sql("""
                insert into gov_commitment (jurisdiction_id, body_id, session_id, territory_path, title, description,
                  responsible_actor_id, responsible_member_id, responsible_person, responsible_user_id, strategic_goal,
                  sectors, due_date, status)
                values (:j, :b, :s, :path, :t, :d, :a, :m, :p, :u, :g, :sectors, :due, :status) returning id""")
                .param("j", j.id()).param("b", b.id()).param("s", session == null ? null : session.id())
                .param("path", b.territoryPath())
                .param("t", f.title().strip()).param("d", BodyService.blank(f.description())).param("a", actor.id())
                .param("m", member == null ? null : member.id()).param("p", person).param("u", userId)
                .param("g", BodyService.blank(f.strategicGoal())).param("sectors", sectors.toArray(new String[0]))
                .param("due", due).param("status", status).query(Long.class).single();
        for (ActorSummary a : co) {
            if (a.id() != actor.id()) {
                jdbc.sql(
                        "insert into gov_commitment_actor (commitment_id, actor_id) values (:c, :a) on conflict do nothing")
                        .param("c", id).param("a", a.id()).update();
            }
        }
        CommitmentView c = byId(id).orElseThrow();
        audit.record("CREATE", "gov_commitment", id, j.id(), "Compromiso de " + b.name() + ": " + c.title(), null, c);
        if (userId != null) {
            notifications.notifyUser(userId,
                    new Notification("commitment.assigned", "Nuevo compromiso a su cargo: " + c.title(),
                            b.name() + " le asignó un compromiso con fecha límite " + due + ".",
                            "/governance/commitments/" + id, j.id(),
                            "commitment:" + id + ":assigned"));
        }
        return c;
    }

    /** Status, progress and a follow-up note (optionally tied to the session where it was reviewed). */
    @Transactional
    public CommitmentView progress(long id, ProgressForm f, CurrentUser user) {
        CommitmentView before = requireVisible(id, user);
        boolean responsible = Long.valueOf(user.id()).equals(before.responsibleUserId())
                && AccessPolicy.holds(user.role(), Capability.RUN_GOVERNANCE);
        if (!responsible) {
            access.requireEditor(user, before.jurisdictionId(), before.territoryPath(), "el compromiso " + id);
        }
        List<FieldError> errors = new ArrayList<>();
        CommitmentStatus status = f.status() == null || f.status().isBlank() ? before.status()
                : Gov.parse(CommitmentStatus.class, f.status()).orElse(null);
        if (status == null) {
            errors.add(new FieldError("status",
                    "El estado '" + f.status() + "' no existe: use " + Gov.allowed(CommitmentStatus.class) + "."));
        }
        int progress = f.progress() == null ? before.progress() : f.progress();
        if (progress < 0 || progress > 100) {
            errors.add(new FieldError("progress", "El avance es un porcentaje entre 0 y 100."));
        }
        if (f.sessionId() != null
                && sessions.byId(f.sessionId()).filter(s -> s.bodyId() == before.bodyId()).isEmpty()) {
            errors.add(
                    new FieldError("sessionId", "La sesión " + f.sessionId() + " no es de " + before.bodyName() + "."));
        }
        if (f.version() == null) {
            errors.add(new FieldError("version", "Falta la versión del compromiso que se editó."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (status == CommitmentStatus.DONE) {
            progress = 100;
        }
        if (status.open()) {
            status = before.dueDate().isBefore(cutoff(before.jurisdictionId())) ? CommitmentStatus.OVERDUE
                    : status == CommitmentStatus.OVERDUE ? CommitmentStatus.IN_PROGRESS : status;
        }
        int n = jdbc.sql("""
                update gov_commitment set status = :st, progress = :p,
                  completed_on = case when :st = 'DONE' then coalesce(completed_on, cast(:today as date)) else null end,
                  version = version + 1, updated_at = now() where id = :id and version = :v""")
                .param("st", status.name()).param("p", progress)
                .param("today", today(access.jurisdiction(before.jurisdictionId())))
                .param("id", id).param("v", f.version()).update();
        if (n == 0) {
            throw new ConflictException(
                    "Otra persona actualizó el compromiso mientras usted lo editaba. Recargue la página y repita su cambio.");
        }
        if (f.note() != null && !f.note().isBlank()) {
            jdbc.sql(
                    "insert into gov_commitment_note (commitment_id, session_id, note, progress, author) values (:c, :s, :n, :p, :a)")
                    .param("c", id).param("s", f.sessionId()).param("n", f.note().strip()).param("p", progress)
                    .param("a", user.fullName()).update();
        }
        CommitmentView after = byId(id).orElseThrow();
        audit.record("UPDATE", "gov_commitment", id, after.jurisdictionId(), "Compromiso " + after.title() + ": "
                + after.effectiveStatus().label() + ", " + after.progress() + " %", before, after);
        return after;
    }

    @Transactional
    public EvidenceView addEvidence(long id, String name, String url, String contentType, byte[] content,
            CurrentUser user) {
        CommitmentView c = requireVisible(id, user);
        boolean responsible = Long.valueOf(user.id()).equals(c.responsibleUserId())
                && AccessPolicy.holds(user.role(), Capability.RUN_GOVERNANCE);
        if (!responsible) {
            access.requireEditor(user, c.jurisdictionId(), c.territoryPath(), "el compromiso " + id);
        }
        boolean file = content != null && content.length > 0;
        String link = BodyService.blank(url);
        if (!file && link == null) {
            throw new ValidationException("url", "Adjunte un archivo o escriba el enlace de la evidencia.");
        }
        if (file && link != null) {
            throw new ValidationException("url", "Adjunte un archivo o un enlace, no ambos.");
        }
        if (link != null && !link.matches("(?i)https?://\\S+")) {
            throw new ValidationException("url", "El enlace debe empezar por http:// o https://.");
        }
        if (file && content.length > 20 * 1024 * 1024) {
            throw new ValidationException("file", "El archivo supera 20 MB.");
        }
        String label = BodyService.blank(name) != null ? name.strip() : link != null ? link : "evidencia";
        long eid = jdbc.sql("""
                insert into gov_commitment_evidence (commitment_id, name, url, content_type, content, author)
                values (:c, :n, :u, :t, :b, :a) returning id""")
                .param("c", id).param("n", label).param("u", file ? null : link).param("t", file ? contentType : null)
                .param("b", file ? content : null).param("a", user.fullName()).query(Long.class).single();
        audit.record("CREATE", "gov_commitment_evidence", eid, c.jurisdictionId(),
                "Evidencia '" + label + "' del compromiso " + c.title(),
                null, Map.of("name", label, "file", file));
        return evidence(id).stream().filter(e -> e.id() == eid).findFirst().orElseThrow();
    }

    // ---- the daily job -----------------------------------------------------------------------------

    public record JobResult(int markedOverdue, int notifiedOverdue, int notifiedDueSoon) {
    }

    /**
     * For one jurisdiction on {@code today}: marks open commitments overdue (in business days) and notifies their
     * responsible users once; notifies those due within two business days once per due date.
     */
    @Transactional
    public JobResult daily(Jurisdiction j, LocalDate today) {
        LocalDate cutoff = overdueCutoff(j, today);
        record Row(long id, String title, Long userId, LocalDate due, String body) {
        }
        List<Row> overdue = jdbc.sql("""
                update gov_commitment c set status = 'OVERDUE', version = c.version + 1, updated_at = now()
                from gov_body b where b.id = c.body_id and c.jurisdiction_id = :j
                  and c.status in ('PENDING', 'IN_PROGRESS') and c.due_date < :cutoff
                returning c.id, c.title, c.responsible_user_id, c.due_date, b.name""")
                .param("j", j.id()).param("cutoff", cutoff)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
        if (!overdue.isEmpty()) {
            audit.record("UPDATE", "gov_commitment", null, j.id(),
                    overdue.size() + " compromisos marcados como vencidos al "
                            + today,
                    null, Map.of("ids", overdue.stream().map(Row::id).limit(1000).toList()));
        }
        int notifiedOverdue = 0;
        List<Row> toNotify = jdbc.sql("""
                select c.id, c.title, c.responsible_user_id, c.due_date, b.name from gov_commitment c
                join gov_body b on b.id = c.body_id where c.jurisdiction_id = :j and c.status = 'OVERDUE'
                  and c.responsible_user_id is not null and c.due_date < :cutoff""")
                .param("j", j.id()).param("cutoff", cutoff)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
        for (Row r : toNotify) {
            if (notifications.notifyUser(r.userId(),
                    new Notification("commitment.overdue", "Compromiso vencido: " + r.title(),
                            "El compromiso de " + r.body() + " venció el " + r.due() + ".",
                            "/governance/commitments/" + r.id(), j.id(),
                            "commitment:" + r.id() + ":overdue"))) {
                notifiedOverdue++;
            }
        }
        LocalDate soon = businessDays(j).add(today, 2);
        int notifiedSoon = 0;
        List<Row> dueSoon = jdbc.sql("""
                select c.id, c.title, c.responsible_user_id, c.due_date, b.name from gov_commitment c
                join gov_body b on b.id = c.body_id where c.jurisdiction_id = :j
                  and c.status in ('PENDING', 'IN_PROGRESS') and c.responsible_user_id is not null
                  and c.due_date >= :cutoff and c.due_date <= :soon""")
                .param("j", j.id()).param("cutoff", cutoff).param("soon", soon)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
        for (Row r : dueSoon) {
            if (notifications.notifyUser(r.userId(),
                    new Notification("commitment.due", "Compromiso por vencer: " + r.title(),
                            "El compromiso de " + r.body() + " vence el " + r.due() + ".",
                            "/governance/commitments/" + r.id(), j.id(),
                            "commitment:" + r.id() + ":due:" + r.due()))) {
                notifiedSoon++;
            }
        }
        return new JobResult(overdue.size(), notifiedOverdue, notifiedSoon);
    }
}
