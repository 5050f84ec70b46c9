package org.minga.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.governance.internal.Gov.BodyType;
import org.minga.governance.internal.Gov.Level;
import org.minga.governance.internal.Gov.MemberRole;
import org.minga.governance.internal.Gov.Periodicity;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bodies (instancias), their members and the calendar of sessions their periodicity generates. */
@Service
public class BodyService {

    static final String SELECT = """
            select b.*, t.name as territory_name, t.code as territory_code, p.name as parent_name, p.code as parent_code
            from gov_body b join territory t on t.id = b.territory_id left join gov_body p on p.id = b.parent_id
            """;

    public record BodyView(long id, long jurisdictionId, String code, String name, BodyType type, Level level,
            long territoryId, String territoryCode, String territoryName, String territoryPath,
            Long parentId, String parentCode, String parentName, Periodicity periodicity, int quorumPercent,
            String description, boolean active, int version) {
    }

    public record MemberView(long id, long bodyId, long actorId, String actorName, String personName, String position,
            String email, Long userId, String username, MemberRole role, boolean active) {
        public String personLabel() {
            return personName == null || personName.isBlank() ? "Por designar" : personName;
        }
    }

    public record BodyForm(String jurisdiction, String code, String name, String type, String level,
            String territoryCode, String parentCode, String periodicity, Integer quorumPercent,
            String description, String template, String templateActorCode, Integer version) {
        static BodyForm empty(String jurisdiction) {
            return new BodyForm(jurisdiction, null, null, null, null, null, null, null, 51, null, null, null, null);
        }
    }

    public record MemberForm(String actorCode, String personName, String position, String email, String username,
            String role) {
    }

    public record CalendarForm(LocalDate from, LocalDate until, LocalTime time, String place) {
    }

    private final JdbcClient jdbc;
    private final Access access;
    private final AuditLog audit;
    private final Territories territories;
    private final Actors actors;

    BodyService(JdbcClient jdbc, Access access, AuditLog audit, Territories territories, Actors actors) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.territories = territories;
        this.actors = actors;
    }

    static BodyView map(ResultSet rs, int n) throws SQLException {
        return new BodyView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"), rs.getString("name"),
                BodyType.valueOf(rs.getString("body_type")), Level.valueOf(rs.getString("level")),
                rs.getLong("territory_id"), rs.getString("territory_code"), rs.getString("territory_name"),
                rs.getString("territory_path"), (Long) rs.getObject("parent_id", Long.class),
                rs.getString("parent_code"),
                rs.getString("parent_name"), Periodicity.valueOf(rs.getString("periodicity")),
                rs.getInt("quorum_percent"),
                rs.getString("description"), rs.getBoolean("active"), rs.getInt("version"));
    }

    public Optional<BodyView> byId(long id) {
        return jdbc.sql(SELECT + "where b.id = :id").param("id", id).query(BodyService::map).optional();
    }

    public Optional<BodyView> byCode(long jurisdictionId, String code) {
        return jdbc.sql(SELECT + "where b.jurisdiction_id = :j and lower(b.code) = lower(:c)")
                .param("j", jurisdictionId).param("c", code == null ? "" : code.strip()).query(BodyService::map)
                .optional();
    }

    public BodyView requireVisible(long id, CurrentUser user) {
        BodyView b = byId(id).orElseThrow(() -> new NotFoundException("No existe la instancia " + id + "."));
        access.requireVisible(user, b.jurisdictionId(), b.territoryPath(), "la instancia " + id);
        return b;
    }

    public boolean canEdit(BodyView b, CurrentUser user) {
        return access.canEdit(user, b.jurisdictionId(), b.territoryPath());
    }

    /** Bodies the user sees, macro first, then by territory and name. */
    public PageResult<BodyView> list(Jurisdiction j, CurrentUser user, Level level, String q, PageRequest page) {
        String where = " where " + Access.visibleSql("b")
                + """
                         and (cast(:level as varchar) is null or b.level = :level)
                         and (cast(:q as varchar) is null or lower(b.name) like '%' || :q || '%' or lower(b.code) like '%' || :q || '%')
                        """;
        String qq = q == null || q.isBlank() ? null : q.strip().toLowerCase();
        long total = jdbc.sql("select count(*) from gov_body b" + where).param("j", j.id())
                .param("prefix", access.prefix(user))
                .param("level", level == null ? null : level.name()).param("q", qq).query(Long.class).single();
        List<BodyView> items = jdbc.sql(SELECT + where + """
                order by case b.level when 'MACRO' then 0 when 'MESO' then 1 else 2 end, b.territory_path, b.name
                limit :l offset :o""")
                .param("j", j.id()).param("prefix", access.prefix(user))
                .param("level", level == null ? null : level.name())
                .param("q", qq).param("l", page.size()).param("o", page.offset()).query(BodyService::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public List<BodyView> children(long bodyId) {
        return jdbc.sql(SELECT + "where b.parent_id = :id order by b.territory_path, b.name limit 200")
                .param("id", bodyId)
                .query(BodyService::map).list();
    }

    public List<MemberView> members(long bodyId) {
        return jdbc
                .sql("""
                        select m.*, a.name as actor_name, u.username from gov_member m join actor a on a.id = m.actor_id
                        left join app_user u on u.id = m.user_id where m.body_id = :b and m.active
                        order by case m.role when 'LEADS' then 0 when 'TECHNICAL_SECRETARIAT' then 1 when 'MEMBER' then 2 else 3 end, m.id""")
                .param("b", bodyId)
                .query((rs, n) -> new MemberView(rs.getLong("id"), rs.getLong("body_id"), rs.getLong("actor_id"),
                        rs.getString("actor_name"), rs.getString("person_name"), rs.getString("position"),
                        rs.getString("email"),
                        (Long) rs.getObject("user_id", Long.class), rs.getString("username"),
                        MemberRole.valueOf(rs.getString("role")), rs.getBoolean("active")))
                .list();
    }

    // ---- writes ------------------------------------------------------------------------------------

    @Transactional
    public BodyView create(BodyForm form, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(form.jurisdiction(), user);
        Valid v = validate(form, j, null);
        access.requireEditor(user, j.id(), v.territory.path(), "instancias en " + v.territory.name());
        long id = jdbc.sql("""
                insert into gov_body (jurisdiction_id, code, name, body_type, level, territory_id, territory_path,
                  parent_id, periodicity, quorum_percent, description)
                values (:j, :code, :name, :type, :level, :t, :path, :parent, :per, :q, :d) returning id""")
                .param("j", j.id()).param("code", form.code().strip()).param("name", v.name)
                .param("type", v.type.name()).param("level", v.level.name()).param("t", v.territory.id())
                .param("path", v.territory.path()).param("parent", v.parent == null ? null : v.parent.id())
                .param("per", v.periodicity.name()).param("q", v.quorum).param("d", blank(form.description()))
                .query(Long.class).single();
        if (v.template != null) {
            for (BodyTemplate.Seat seat : v.template.seats()) {
                jdbc.sql("insert into gov_member (body_id, actor_id, position, role) values (:b, :a, :p, :r)")
                        .param("b", id).param("a", v.templateActor.id()).param("p", seat.position())
                        .param("r", seat.role().name())
                        .update();
            }
        }
        BodyView b = byId(id).orElseThrow();
        audit.record("CREATE", "gov_body", id, j.id(), "Instancia " + b.name() + " creada"
                + (v.template == null ? "" : " con la plantilla " + v.template.label()), null, b);
        return b;
    }

    @Transactional
    public BodyView update(long id, BodyForm form, CurrentUser user) {
        BodyView before = requireVisible(id, user);
        access.requireEditor(user, before.jurisdictionId(), before.territoryPath(), "la instancia " + before.name());
        Jurisdiction j = access.jurisdiction(before.jurisdictionId());
        Valid v = validate(form, j, before);
        access.requireEditor(user, j.id(), v.territory.path(), "instancias en " + v.territory.name());
        if (form.version() == null) {
            throw new ValidationException("version", "Falta la versión de la instancia que se editó.");
        }
        int n = jdbc
                .sql("""
                        update gov_body set code = :code, name = :name, body_type = :type, level = :level, territory_id = :t,
                          territory_path = :path, parent_id = :parent, periodicity = :per, quorum_percent = :q, description = :d,
                          version = version + 1, updated_at = now() where id = :id and version = :v""")
                .param("code", form.code().strip()).param("name", v.name)
                .param("type", v.type.name()).param("level", v.level.name()).param("t", v.territory.id())
                .param("path", v.territory.path()).param("parent", v.parent == null ? null : v.parent.id())
                .param("per", v.periodicity.name()).param("q", v.quorum).param("d", blank(form.description()))
                .param("id", id).param("v", form.version()).update();
        if (n == 0) {
            throw new ConflictException(
                    "Otra persona cambió la instancia mientras usted la editaba. Recargue la página y repita el cambio.");
        }
        jdbc.sql("update gov_commitment set territory_path = :p where body_id = :id").param("p", v.territory.path())
                .param("id", id).update();
        BodyView after = byId(id).orElseThrow();
        audit.record("UPDATE", "gov_body", id, j.id(), "Instancia " + after.name() + " actualizada", before, after);
        return after;
    }

    private record Valid(String name, BodyType type, Level level, TerritoryView territory, BodyView parent,
            Periodicity periodicity,
            int quorum, BodyTemplate template, ActorSummary templateActor) {
    }

    private Valid validate(BodyForm f, Jurisdiction j, BodyView existing) {
        List<FieldError> errors = new ArrayList<>();
        BodyTemplate template = null;
        if (f.template() != null && !f.template().isBlank()) {
            try {
                template = BodyTemplate.valueOf(f.template().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("template", "La plantilla '" + f.template() + "' no existe."));
            }
        }
        if (f.code() == null || f.code().isBlank()) {
            errors.add(new FieldError("code", "El código es obligatorio."));
        } else if (f.code().strip().length() > 40) {
            errors.add(new FieldError("code", "El código admite hasta 40 caracteres."));
        } else {
            byCode(j.id(), f.code()).filter(o -> existing == null || o.id() != existing.id()).ifPresent(o -> errors
                    .add(new FieldError("code", "Ya existe una instancia con el código " + f.code().strip() + ".")));
        }
        String name = f.name();
        if ((name == null || name.isBlank()) && template != null) {
            name = template.label();
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "El nombre es obligatorio."));
        }
        BodyType type = template != null && blank(f.type()) == null ? template.type()
                : Gov.parse(BodyType.class, f.type()).orElse(null);
        if (type == null) {
            errors.add(new FieldError("type", "Indique el tipo de instancia."));
        }
        Level level = template != null && blank(f.level()) == null ? template.level()
                : Gov.parse(Level.class, f.level()).orElse(null);
        if (level == null) {
            errors.add(new FieldError("level", "Indique el nivel de gestión: macro, meso o micro."));
        }
        Periodicity per = template != null && blank(f.periodicity()) == null ? template.periodicity()
                : Gov.parse(Periodicity.class, f.periodicity()).orElse(null);
        if (per == null) {
            errors.add(new FieldError("periodicity", "Indique la periodicidad de las sesiones."));
        }
        int quorum = f.quorumPercent() == null ? 51 : f.quorumPercent();
        if (quorum < 1 || quorum > 100) {
            errors.add(new FieldError("quorumPercent", "El quórum es un porcentaje entre 1 y 100."));
        }
        TerritoryView territory = null;
        if (f.territoryCode() == null || f.territoryCode().isBlank()) {
            errors.add(new FieldError("territoryCode", "Indique el código del territorio de la instancia."));
        } else {
            territory = territories.byCode(j.id(), f.territoryCode().strip()).orElse(null);
            if (territory == null) {
                errors.add(new FieldError("territoryCode",
                        "No existe el territorio " + f.territoryCode().strip() + " en " + j.name() + "."));
            }
        }
        BodyView parent = null;
        if (f.parentCode() != null && !f.parentCode().isBlank()) {
            parent = byCode(j.id(), f.parentCode()).orElse(null);
            if (parent == null) {
                errors.add(new FieldError("parentCode",
                        "No existe la instancia superior " + f.parentCode().strip() + "."));
            } else if (existing != null
                    && (parent.id() == existing.id() || ancestorIds(parent.id()).contains(existing.id()))) {
                errors.add(new FieldError("parentCode",
                        "La instancia superior no puede ser ella misma ni una de sus instancias inferiores."));
            } else if (level != null && parent.level().ordinal() > level.ordinal()) {
                errors.add(new FieldError("parentCode",
                        "La instancia superior debe ser de un nivel de gestión igual o más alto ("
                                + parent.level().label() + " está por debajo de " + level.label() + ")."));
            } else if (territory != null && !territory.path().startsWith(parent.territoryPath())) {
                errors.add(
                        new FieldError("parentCode", "El territorio de la instancia superior (" + parent.territoryName()
                                + ") no contiene a " + territory.name() + "."));
            }
        }
        ActorSummary templateActor = null;
        if (template != null) {
            if (f.templateActorCode() == null || f.templateActorCode().isBlank()) {
                errors.add(new FieldError("templateActorCode",
                        "Indique el código del actor que ocupa los puestos de la plantilla (p. ej. SDS)."));
            } else {
                templateActor = actors.byCode(j.id(), f.templateActorCode()).orElse(null);
                if (templateActor == null) {
                    errors.add(new FieldError("templateActorCode",
                            "No existe el actor " + f.templateActorCode().strip() + "."));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Valid(name.strip(), type, level, territory, parent, per, quorum, template, templateActor);
    }

    List<Long> ancestorIds(long id) {
        List<Long> out = new ArrayList<>();
        Long cur = id;
        while (cur != null && out.size() < 20) {
            out.add(cur);
            cur = jdbc.sql("select parent_id from gov_body where id = :id").param("id", cur).query(Long.class)
                    .optional().orElse(null);
        }
        return out;
    }

    @Transactional
    public MemberView addMember(long bodyId, MemberForm f, CurrentUser user) {
        BodyView b = requireVisible(bodyId, user);
        access.requireEditor(user, b.jurisdictionId(), b.territoryPath(), "la instancia " + b.name());
        List<FieldError> errors = new ArrayList<>();
        ActorSummary actor = null;
        if (f.actorCode() == null || f.actorCode().isBlank()) {
            errors.add(new FieldError("actorCode",
                    "Indique el código del actor (entidad u organización) del integrante."));
        } else {
            actor = actors.byCode(b.jurisdictionId(), f.actorCode()).orElse(null);
            if (actor == null) {
                errors.add(new FieldError("actorCode", "No existe el actor " + f.actorCode().strip() + "."));
            }
        }
        if (f.position() == null || f.position().isBlank()) {
            errors.add(new FieldError("position", "Indique el cargo del integrante."));
        }
        if (f.email() != null && !f.email().isBlank() && !f.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("email", "El correo " + f.email().strip() + " no es válido."));
        }
        MemberRole role = Gov.parse(MemberRole.class, f.role()).orElse(null);
        if (role == null) {
            errors.add(new FieldError("role", "Indique el rol: " + Gov.allowed(MemberRole.class) + "."));
        }
        Long userId = null;
        if (f.username() != null && !f.username().isBlank()) {
            userId = jdbc.sql("select id from app_user where username = :u and enabled")
                    .param("u", f.username().strip())
                    .query(Long.class).optional().orElse(null);
            if (userId == null) {
                errors.add(new FieldError("username", "No existe el usuario de Minga " + f.username().strip() + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                insert into gov_member (body_id, actor_id, person_name, position, email, user_id, role)
                values (:b, :a, :n, :p, :e, :u, :r) returning id""")
                .param("b", bodyId).param("a", actor.id()).param("n", blank(f.personName()))
                .param("p", f.position().strip())
                .param("e", blank(f.email())).param("u", userId).param("r", role.name()).query(Long.class).single();
        MemberView m = members(bodyId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        audit.record("CREATE", "gov_member", id, b.jurisdictionId(), "Integrante " + m.position() + " (" + m.actorName()
                + ") en " + b.name(), null, m);
        return m;
    }

    @Transactional
    public void removeMember(long bodyId, long memberId, CurrentUser user) {
        BodyView b = requireVisible(bodyId, user);
        access.requireEditor(user, b.jurisdictionId(), b.territoryPath(), "la instancia " + b.name());
        MemberView m = members(bodyId).stream().filter(x -> x.id() == memberId).findFirst()
                .orElseThrow(
                        () -> new NotFoundException("No existe el integrante " + memberId + " en " + b.name() + "."));
        // kept for the attendance of past sessions; no longer counted for quorum
        jdbc.sql("update gov_member set active = false where id = :id").param("id", memberId).update();
        audit.record("DELETE", "gov_member", memberId, b.jurisdictionId(),
                "Integrante " + m.position() + " retirado de " + b.name(), m, null);
    }

    /** Schedules the sessions the periodicity gives between two dates; skips dates that already have a session. */
    @Transactional
    public int generateCalendar(long bodyId, CalendarForm f, CurrentUser user) {
        BodyView b = requireVisible(bodyId, user);
        access.requireEditor(user, b.jurisdictionId(), b.territoryPath(), "la instancia " + b.name());
        List<FieldError> errors = new ArrayList<>();
        if (f.from() == null) {
            errors.add(new FieldError("from", "Indique la fecha de la primera sesión."));
        }
        if (f.until() == null) {
            errors.add(new FieldError("until", "Indique hasta qué fecha generar el calendario."));
        } else if (f.from() != null && f.until().isBefore(f.from())) {
            errors.add(new FieldError("until", "La fecha final es anterior a la primera sesión."));
        } else if (f.from() != null && f.until().isAfter(f.from().plusYears(2))) {
            errors.add(new FieldError("until", "El calendario se genera por dos años como máximo."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Jurisdiction j = access.jurisdiction(b.jurisdictionId());
        LocalTime time = f.time() == null ? LocalTime.of(9, 0) : f.time();
        int created = 0;
        for (LocalDate d = f.from(); !d.isAfter(f.until()); d = b.periodicity().next(d)) {
            ZonedDateTime at = d.atTime(time).atZone(j.zoneId());
            boolean exists = jdbc.sql(
                    "select exists(select 1 from gov_session where body_id = :b and (starts_at at time zone :tz)::date = :d)")
                    .param("b", bodyId).param("tz", j.timeZone()).param("d", d).query(Boolean.class).single();
            if (!exists) {
                int number = jdbc.sql("select coalesce(max(number), 0) + 1 from gov_session where body_id = :b")
                        .param("b", bodyId)
                        .query(Integer.class).single();
                jdbc.sql("""
                        insert into gov_session (jurisdiction_id, body_id, number, starts_at, place, agenda)
                        values (:j, :b, :n, :at, :p, :agenda)""")
                        .param("j", j.id()).param("b", bodyId).param("n", number).param("at", at.toOffsetDateTime())
                        .param("p", blank(f.place())).param("agenda", SessionService.REVIEW_ITEM).update();
                created++;
            }
        }
        audit.record("CREATE", "gov_session", null, j.id(), created + " sesiones programadas para " + b.name() + " ("
                + b.periodicity().label() + ", " + f.from() + " a " + f.until() + ")", null,
                Map.of("created", created));
        return created;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Map<String, String> options(Class<? extends Enum<?>> type) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Enum<?> e : type.getEnumConstants()) {
            m.put(e.name(), ((Gov.Labeled) e).label());
        }
        return m;
    }

    static String key(String s) {
        return TextKeys.key(s);
    }
}
