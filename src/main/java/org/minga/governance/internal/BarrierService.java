package org.minga.governance.internal;

import org.minga.platform.Capability;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minga.governance.BarrierType;
import org.minga.governance.Barriers;
import org.minga.governance.RaiseBarrier;
import org.minga.governance.internal.BodyService.BodyView;
import org.minga.governance.internal.Gov.BarrierKind;
import org.minga.governance.internal.Gov.BarrierStatus;
import org.minga.governance.internal.Gov.EscalationAction;
import org.minga.governance.internal.Gov.Level;
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
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Barriers and needs a body cannot resolve, escalated both ways: a local body raises one; the body above (the
 * zonal table) resolves it, returns it with guidance, or escalates it to the macro level; the decision travels back
 * and is visible at the body where it started. Every step is kept in the trail (gov_escalation).
 */
@Service
public class BarrierService implements Barriers {

    public record BarrierView(long id, long jurisdictionId, BarrierKind kind, BarrierType type, String title,
            String description, long territoryId, String territoryName, String territoryPath,
            long originBodyId, String originBodyName, long currentBodyId, String currentBodyName,
            BarrierStatus status, String decision, String source, String sourceReference,
            List<String> services, int version, OffsetDateTime createdAt) {
    }

    public record StepView(long id, long barrierId, EscalationAction action, Long fromBodyId, String fromBodyName,
            long toBodyId, String toBodyName, String note, String userName, OffsetDateTime createdAt) {
    }

    public record BarrierForm(Long bodyId, String kind, String type, String title, String description,
            String territoryCode,
            List<Long> serviceIds) {
    }

    public record StepForm(String note, Integer version) {
    }

    private static final String SELECT = """
            select x.*, t.name as territory_name, o.name as origin_name, c.name as current_name,
                   array(select s.name from gov_barrier_service bs join offer_service s on s.id = bs.service_id
                         where bs.barrier_id = x.id order by s.name) as services
            from gov_barrier x join territory t on t.id = x.territory_id join gov_body o on o.id = x.origin_body_id
            join gov_body c on c.id = x.current_body_id
            """;

    private final JdbcClient jdbc;
    private final BodyService bodies;
    private final Access access;
    private final AuditLog audit;
    private final Territories territories;
    private final Notifications notifications;

    BarrierService(JdbcClient jdbc, BodyService bodies, Access access, AuditLog audit, Territories territories,
            Notifications notifications) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.access = access;
        this.audit = audit;
        this.territories = territories;
        this.notifications = notifications;
    }

    static BarrierView map(ResultSet rs, int n) throws SQLException {
        return new BarrierView(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                BarrierKind.valueOf(rs.getString("kind")),
                BarrierType.valueOf(rs.getString("barrier_type")), rs.getString("title"), rs.getString("description"),
                rs.getLong("territory_id"), rs.getString("territory_name"), rs.getString("territory_path"),
                rs.getLong("origin_body_id"), rs.getString("origin_name"), rs.getLong("current_body_id"),
                rs.getString("current_name"),
                BarrierStatus.valueOf(rs.getString("status")), rs.getString("decision"), rs.getString("source"),
                rs.getString("source_reference"), List.of((String[]) rs.getArray("services").getArray()),
                rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    public Optional<BarrierView> byId(long id) {
        return jdbc.sql(SELECT + "where x.id = :id").param("id", id).query(BarrierService::map).optional();
    }

    public BarrierView requireVisible(long id, CurrentUser user) {
        BarrierView b = byId(id).orElseThrow(() -> new NotFoundException("No existe la barrera " + id + "."));
        access.requireVisible(user, b.jurisdictionId(), b.territoryPath(), "la barrera " + id);
        return b;
    }

    /** Barriers the user sees, optionally those raised at or now held by one body. */
    public PageResult<BarrierView> list(Jurisdiction j, CurrentUser user, Long bodyId, String status,
            PageRequest page) {
        String where = " where " + Access.visibleSql("x") + """
                and (cast(:b as bigint) is null or x.origin_body_id = :b or x.current_body_id = :b
                     or exists (select 1 from gov_escalation e where e.barrier_id = x.id and e.to_body_id = :b))
                and (cast(:st as varchar) is null or x.status = :st)""";
        String st = Gov.parse(BarrierStatus.class, status).map(Enum::name).orElse(null);
        long total = jdbc.sql("select count(*) from gov_barrier x" + where).param("j", j.id())
                .param("prefix", access.prefix(user))
                .param("b", bodyId).param("st", st).query(Long.class).single();
        List<BarrierView> items = jdbc.sql(SELECT + where + " order by x.updated_at desc, x.id desc limit :l offset :o")
                .param("j", j.id()).param("prefix", access.prefix(user)).param("b", bodyId).param("st", st)
                .param("l", page.size()).param("o", page.offset()).query(BarrierService::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public List<StepView> trail(long barrierId) {
        return jdbc.sql("""
                select e.*, f.name as from_name, t.name as to_name from gov_escalation e
                left join gov_body f on f.id = e.from_body_id join gov_body t on t.id = e.to_body_id
                where e.barrier_id = :b order by e.id""")
                .param("b", barrierId).query(BarrierService::step).list();
    }

    /** Trail steps the user sees (API /escalations). */
    public PageResult<StepView> steps(Jurisdiction j, CurrentUser user, Long barrierId, PageRequest page) {
        String where = """
                from gov_escalation e join gov_barrier x on x.id = e.barrier_id
                left join gov_body f on f.id = e.from_body_id join gov_body t on t.id = e.to_body_id
                where (cast(:bar as bigint) is null or e.barrier_id = :bar) and """ + " " + Access.visibleSql("x");
        long total = jdbc.sql("select count(*) " + where).param("bar", barrierId).param("j", j.id())
                .param("prefix", access.prefix(user))
                .query(Long.class).single();
        List<StepView> items = jdbc.sql("select e.*, f.name as from_name, t.name as to_name " + where
                + " order by e.id desc limit :l offset :o").param("bar", barrierId).param("j", j.id())
                .param("prefix", access.prefix(user)).param("l", page.size()).param("o", page.offset())
                .query(BarrierService::step).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    static StepView step(ResultSet rs, int n) throws SQLException {
        return new StepView(rs.getLong("id"), rs.getLong("barrier_id"),
                EscalationAction.valueOf(rs.getString("action")),
                (Long) rs.getObject("from_body_id", Long.class), rs.getString("from_name"), rs.getLong("to_body_id"),
                rs.getString("to_name"), rs.getString("note"), rs.getString("user_name"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    // ---- raising -----------------------------------------------------------------------------------

    @Override
    public Optional<Long> localBodyFor(long territoryId) {
        TerritoryView t = territories.byId(territoryId).orElse(null);
        if (t == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select id from gov_body where jurisdiction_id = :j and level = 'MICRO' and active
                  and :path like territory_path || '%' order by length(territory_path) desc, id limit 1""")
                .param("j", t.jurisdictionId()).param("path", t.path()).query(Long.class).optional();
    }

    @Override
    @Transactional
    public long raise(RaiseBarrier r, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        TerritoryView t = territories.byId(r.territoryId()).filter(x -> x.jurisdictionId() == r.jurisdictionId())
                .orElse(null);
        if (t == null) {
            throw new ValidationException("territoryId",
                    "No existe el territorio " + r.territoryId() + " en la jurisdicción.");
        }
        Long bodyId = r.bodyId() != null ? r.bodyId() : localBodyFor(t.id()).orElse(null);
        if (bodyId == null) {
            throw new ValidationException("bodyId",
                    "Ninguna mesa local cubre el territorio " + t.name() + ": indique la instancia.");
        }
        BodyView body = bodies.byId(bodyId).filter(b -> b.jurisdictionId() == r.jurisdictionId()).orElse(null);
        if (body == null) {
            throw new ValidationException("bodyId", "No existe la instancia " + bodyId + " en la jurisdicción.");
        }
        return insert(body, t, BarrierKind.BARRIER, r.type(), r.title(), r.description(), r.serviceIds(), r.source(),
                r.sourceReference(), user, errors);
    }

    @Transactional
    public BarrierView raise(BarrierForm f, CurrentUser user) {
        if (f.bodyId() == null) {
            throw new ValidationException("bodyId", "Indique la instancia que presenta la barrera.");
        }
        BodyView body = bodies.requireVisible(f.bodyId(), user);
        access.requireEditor(user, body.jurisdictionId(), body.territoryPath(), "las barreras de " + body.name());
        List<FieldError> errors = new ArrayList<>();
        TerritoryView t = territories.byId(body.territoryId()).orElseThrow();
        if (f.territoryCode() != null && !f.territoryCode().isBlank()) {
            t = territories.byCode(body.jurisdictionId(), f.territoryCode().strip()).orElse(null);
            if (t == null) {
                errors.add(
                        new FieldError("territoryCode", "No existe el territorio " + f.territoryCode().strip() + "."));
            } else if (!t.path().startsWith(body.territoryPath())) {
                errors.add(new FieldError("territoryCode",
                        "El territorio " + t.name() + " no está en el territorio de " + body.name() + "."));
            }
        }
        BarrierKind kind = f.kind() == null || f.kind().isBlank() ? BarrierKind.BARRIER
                : Gov.parse(BarrierKind.class, f.kind()).orElse(null);
        if (kind == null) {
            errors.add(new FieldError("kind", "Indique si es una barrera o una necesidad."));
        }
        BarrierType type = BarrierType.parse(f.type()).orElse(null);
        long id = insert(body, t, kind, type, f.title(), f.description(), f.serviceIds(), null, null, user, errors);
        return byId(id).orElseThrow();
    }

    private long insert(BodyView body, TerritoryView t, BarrierKind kind, BarrierType type, String title,
            String description,
            List<Long> serviceIds, String source, String sourceReference, CurrentUser user, List<FieldError> errors) {
        if (type == null) {
            errors.add(new FieldError("type",
                    "Indique el tipo de barrera: normativa, presupuestal, administrativa, de información, de acceso o de coordinación."));
        }
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "Escriba la barrera en una frase."));
        } else if (title.strip().length() > 300) {
            errors.add(new FieldError("title", "El título admite hasta 300 caracteres."));
        }
        List<Long> services = serviceIds == null ? List.of() : serviceIds.stream().distinct().toList();
        for (Long s : services) {
            boolean ok = jdbc.sql("select exists(select 1 from offer_service where id = :s and jurisdiction_id = :j)")
                    .param("s", s).param("j", body.jurisdictionId()).query(Boolean.class).single();
            if (!ok) {
                errors.add(new FieldError("serviceIds", "No existe el servicio " + s + " en la jurisdicción."));
            }
        }
        if (t != null && t == null) {
            errors.add(new FieldError("territoryCode", "Indique el territorio afectado."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc
                .sql("""
                        insert into gov_barrier (jurisdiction_id, kind, barrier_type, title, description, territory_id, territory_path,
                          origin_body_id, current_body_id, status, source, source_reference)
                        values (:j, :k, :type, :t, :d, :tid, :path, :b, :b, 'OPEN', :src, :ref) returning id""")
                .param("j", body.jurisdictionId()).param("k", kind.name()).param("type", type.name())
                .param("t", title.strip())
                .param("d", BodyService.blank(description)).param("tid", t.id()).param("path", t.path())
                .param("b", body.id())
                .param("src", BodyService.blank(source)).param("ref", BodyService.blank(sourceReference))
                .query(Long.class).single();
        for (Long s : services) {
            jdbc.sql("insert into gov_barrier_service (barrier_id, service_id) values (:b, :s)").param("b", id)
                    .param("s", s).update();
        }
        step(body.jurisdictionId(), id, EscalationAction.RAISED, null, body.id(), description, user);
        BarrierView v = byId(id).orElseThrow();
        audit.record("CREATE", "gov_barrier", id, body.jurisdictionId(),
                kind.label() + " presentada en " + body.name() + ": " + v.title(), null, v);
        notifications.notifyCovering(body.jurisdictionId(), body.territoryPath(), Capability.RUN_GOVERNANCE,
                new Notification("barrier.raised",
                        kind.label() + " presentada en " + body.name() + ": " + v.title(), type.label(),
                        "/governance/barriers/" + id,
                        body.jurisdictionId(), "barrier:" + id + ":raised"));
        return id;
    }

    private void step(long j, long barrierId, EscalationAction action, Long from, long to, String note,
            CurrentUser user) {
        jdbc.sql(
                """
                        insert into gov_escalation (jurisdiction_id, barrier_id, action, from_body_id, to_body_id, note, user_id, user_name)
                        values (:j, :b, :a, :f, :t, :n, :u, :un)""")
                .param("j", j).param("b", barrierId).param("a", action.name()).param("f", from).param("t", to)
                .param("n", BodyService.blank(note)).param("u", user.id() == 0 ? null : user.id())
                .param("un", user.fullName()).update();
    }

    // ---- escalation, both ways ---------------------------------------------------------------------

    private BarrierView requireActionable(long id, StepForm f, CurrentUser user) {
        BarrierView b = requireVisible(id, user);
        BodyView current = bodies.byId(b.currentBodyId()).orElseThrow();
        access.requireEditor(user, current.jurisdictionId(), current.territoryPath(),
                "las barreras que están en " + current.name());
        if (b.status() == BarrierStatus.RESOLVED || b.status() == BarrierStatus.CLOSED) {
            throw new ConflictException("La barrera ya fue " + b.status().label().toLowerCase() + ": " + b.decision());
        }
        if (f.version() == null) {
            throw new ValidationException("version", "Falta la versión de la barrera que se leyó.");
        }
        if (f.version() != b.version()) {
            throw new ConflictException(
                    "Otra persona actuó sobre la barrera mientras usted la leía. Recargue la página.");
        }
        return b;
    }

    private BarrierView move(BarrierView b, StepForm f, BarrierStatus status, long toBody, String decision,
            CurrentUser user) {
        int n = jdbc.sql("""
                update gov_barrier set status = :st, current_body_id = :to, decision = coalesce(:d, decision),
                  version = version + 1, updated_at = now() where id = :id and version = :v""")
                .param("st", status.name()).param("to", toBody).param("d", decision).param("id", b.id())
                .param("v", f.version()).update();
        if (n == 0) {
            throw new ConflictException(
                    "Otra persona actuó sobre la barrera mientras usted la leía. Recargue la página.");
        }
        BarrierView after = byId(b.id()).orElseThrow();
        audit.record("UPDATE", "gov_barrier", b.id(), b.jurisdictionId(),
                "Barrera '" + b.title() + "': " + status.label()
                        + " (" + after.currentBodyName() + ")",
                b, after);
        return after;
    }

    /** Passes the barrier to the body above the one holding it. */
    @Transactional
    public BarrierView escalate(long id, StepForm f, CurrentUser user) {
        BarrierView b = requireActionable(id, f, user);
        BodyView current = bodies.byId(b.currentBodyId()).orElseThrow();
        if (current.parentId() == null) {
            throw new ConflictException(
                    current.name() + " no tiene instancia superior: la barrera debe resolverse allí.");
        }
        if (f.note() == null || f.note().isBlank()) {
            throw new ValidationException("note", "Explique por qué se escala y qué se pide a la instancia superior.");
        }
        BodyView parent = bodies.byId(current.parentId()).orElseThrow();
        step(b.jurisdictionId(), id, EscalationAction.ESCALATED, current.id(), parent.id(), f.note(), user);
        BarrierView after = move(b, f, BarrierStatus.ESCALATED, parent.id(), null, user);
        notifications.notifyCovering(parent.jurisdictionId(), parent.territoryPath(), Capability.RUN_GOVERNANCE,
                new Notification("barrier.escalated",
                        "Barrera escalada a " + parent.name() + ": " + b.title(),
                        "Desde " + current.name() + ": " + f.note().strip(),
                        "/governance/barriers/" + id, parent.jurisdictionId(), "barrier:" + id + ":to:" + parent.id()));
        return after;
    }

    /** Decides the barrier where it is now; the decision is visible at the body that raised it. */
    @Transactional
    public BarrierView resolve(long id, StepForm f, CurrentUser user) {
        BarrierView b = requireActionable(id, f, user);
        if (f.note() == null || f.note().isBlank()) {
            throw new ValidationException("note", "Escriba la decisión tomada.");
        }
        step(b.jurisdictionId(), id, EscalationAction.RESOLVED, b.currentBodyId(), b.originBodyId(), f.note(), user);
        BarrierView after = move(b, f, BarrierStatus.RESOLVED, b.originBodyId(), f.note().strip(), user);
        notifyOrigin(after, "Barrera resuelta: " + b.title(), f.note().strip());
        return after;
    }

    /** Returns the barrier to the body it came from, with guidance. */
    @Transactional
    public BarrierView returnWithGuidance(long id, StepForm f, CurrentUser user) {
        BarrierView b = requireActionable(id, f, user);
        if (b.currentBodyId() == b.originBodyId()) {
            throw new ConflictException("La barrera está en la instancia que la presentó: no hay a quién devolverla.");
        }
        if (f.note() == null || f.note().isBlank()) {
            throw new ValidationException("note", "Escriba la orientación con la que se devuelve.");
        }
        Long from = jdbc
                .sql("""
                        select from_body_id from gov_escalation where barrier_id = :b and action = 'ESCALATED' and to_body_id = :c
                        order by id desc limit 1""")
                .param("b", id).param("c", b.currentBodyId()).query(Long.class).optional()
                .orElse(b.originBodyId());
        step(b.jurisdictionId(), id, EscalationAction.RETURNED, b.currentBodyId(), from, f.note(), user);
        BarrierView after = move(b, f, BarrierStatus.RETURNED, from, f.note().strip(), user);
        notifyOrigin(after, "Barrera devuelta con orientación: " + b.title(), f.note().strip());
        return after;
    }

    private void notifyOrigin(BarrierView b, String title, String body) {
        BodyView origin = bodies.byId(b.originBodyId()).orElseThrow();
        notifications.notifyCovering(origin.jurisdictionId(), origin.territoryPath(), Capability.RUN_GOVERNANCE,
                new Notification("barrier.decided",
                        title, body, "/governance/barriers/" + b.id(), origin.jurisdictionId(),
                        "barrier:" + b.id() + ":decided:" + b.version()));
    }

    static Map<String, String> levels() {
        return BodyService.options(Level.class);
    }
}
