package org.minga.fair.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.minga.actor.ActorStaff;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.fair.internal.FairRecords.*;
import org.minga.household.DocumentType;
import org.minga.household.Households;
import org.minga.offer.EligibilityAnswer;
import org.minga.offer.PersonProfile;
import org.minga.offer.ServiceCard;
import org.minga.offer.ServiceOffer;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.Reach;
import org.minga.privacy.PersonalDataAccess;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.privacy.AuthorizationCommand;
import org.minga.referral.Referrals;
import org.minga.territory.PrioritizationIndex;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fairs: the schedule, who comes, the checklist, registrations at the stands and results. Who may register for
 * an entity: its staff when the entity takes part in the fair, or a territorial user whose scope covers the
 * fair's barrio.
 */
@Service
class FairService {

    static final List<String> CHECKLIST = List.of("Carpas", "Mobiliario (mesas y sillas)", "Equipos de cómputo",
            "Transporte", "Refrigerios", "Convocatoria por perifoneo y líderes", "Material informativo");

    private final JdbcClient jdbc;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final PrioritizationIndex prioritization;
    private final Actors actors;
    private final ActorStaff staff;
    private final ServiceOffer offer;
    private final Households households;
    private final Referrals referrals;
    private final AuditLog audit;
    private final PersonalDataAccess access;
    private final FairReferrals fairReferrals;

    FairService(JdbcClient jdbc, Jurisdictions jurisdictions, Territories territories,
            PrioritizationIndex prioritization,
            Actors actors, ActorStaff staff, ServiceOffer offer, Households households, Referrals referrals,
            AuditLog audit, PersonalDataAccess access, FairReferrals fairReferrals) {
        this.access = access;
        this.fairReferrals = fairReferrals;
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.territories = territories;
        this.prioritization = prioritization;
        this.actors = actors;
        this.staff = staff;
        this.offer = offer;
        this.households = households;
        this.referrals = referrals;
        this.audit = audit;
    }

    // ------------------------------------------------------------------ access

    /** True when the user registers at stands by territory; false when only for their entity (entity staff). */
    static boolean territorial(CurrentUser u) {
        return AccessPolicy.reach(u.role(), Capability.REGISTER_AT_FAIRS) != Reach.ENTITY;
    }

    static void requireWriter(CurrentUser u, Capability capability) {
        if (!AccessPolicy.holds(u.role(), capability)) {
            throw new ForbiddenException("Su rol (" + u.role().label() + ") no modifica jornadas.");
        }
    }

    /** Planning this fair: the access policy's {@code RUN_FAIRS} over the fair's territory. */
    boolean canPlan(FairView f, CurrentUser u) {
        return territories.scopeOf(u, Capability.RUN_FAIRS).includes(f.jurisdictionId(), f.territoryPath());
    }

    /** Planning a fair is territorial work: entity staff register at stands but do not plan. */
    void requirePlanner(FairView f, CurrentUser u) {
        requireWriter(u, Capability.RUN_FAIRS);
        if (!canPlan(f, u)) {
            throw new ForbiddenException(
                    "Solo los equipos territoriales de " + f.territoryName() + " planean esta jornada.");
        }
    }

    boolean inScope(FairView f, CurrentUser u) {
        AccessScope s = territories.scopeOf(u);
        return s.includes(f.jurisdictionId(), f.territoryPath());
    }

    /** Visible: in the user's territorial scope, or the user works for an entity that takes part. */
    FairView requireVisible(long id, CurrentUser u) {
        FairView f = fair(id);
        if (territorial(u) ? inScope(f, u) : !entitiesOfUserAt(f.id(), u).isEmpty()) {
            return f;
        }
        throw new NotFoundException("La jornada " + id + " no existe o está fuera de su alcance.");
    }

    /** The participating entities the user works for. */
    List<Long> entitiesOfUserAt(long fairId, CurrentUser u) {
        List<Long> mine = staff.actorsOf(u.id());
        if (mine.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                "select actor_id from fair_participant where fair_id = :f and kind = 'ENTIDAD' and actor_id in (:a) order by actor_name")
                .param("f", fairId).param("a", mine).query(Long.class).list();
    }

    /** The entities the user may register attentions for at this fair. */
    List<Participant> registrableEntities(FairView f, CurrentUser u) {
        List<Participant> entities = participants(f.id()).stream().filter(p -> p.kind().equals("ENTIDAD")).toList();
        if (!AccessPolicy.holds(u.role(), Capability.REGISTER_AT_FAIRS)) {
            return List.of();
        }
        if (territorial(u) && inScope(f, u)) {
            return entities;
        }
        Set<Long> mine = new HashSet<>(staff.actorsOf(u.id()));
        return entities.stream().filter(p -> mine.contains(p.actorId())).toList();
    }

    /** The participating entity the user may register attentions for at this fair, or a refusal. */
    Participant requireRegistrar(FairView f, long actorId, CurrentUser u) {
        requireWriter(u, Capability.REGISTER_AT_FAIRS);
        Optional<Participant> entity = participants(f.id()).stream()
                .filter(p -> p.kind().equals("ENTIDAD") && p.actorId() == actorId).findFirst();
        String name = entity.map(Participant::actorName).or(() -> actors.byId(actorId).map(ActorSummary::name))
                .orElse("La entidad " + actorId);
        if (entity.isEmpty()) {
            throw new ForbiddenException(name + " no participa en la jornada " + f.name()
                    + ": no puede registrar atenciones en ella.");
        }
        if (territorial(u) ? inScope(f, u) : staff.isStaff(actorId, u.id())) {
            return entity.get();
        }
        throw new ForbiddenException("Usted no es personal de " + name + " ni tiene a " + f.territoryName()
                + " en su alcance territorial: no puede registrar atenciones de esa entidad en esta jornada.");
    }

    // ------------------------------------------------------------------ fairs

    static final String FAIR_SELECT = "select * from fair";

    FairView fair(long id) {
        return jdbc.sql(FAIR_SELECT + " where id = :id").param("id", id).query(FairService::fairView).optional()
                .orElseThrow(() -> new NotFoundException("La jornada " + id + " no existe."));
    }

    Optional<FairView> byCode(long jurisdictionId, String code) {
        return jdbc.sql(FAIR_SELECT + " where jurisdiction_id = :j and code = :c").param("j", jurisdictionId)
                .param("c", code).query(FairService::fairView).optional();
    }

    static FairView fairView(ResultSet rs, int n) throws SQLException {
        FairStatus s = FairStatus.valueOf(rs.getString("status"));
        return new FairView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("program"), rs.getLong("territory_id"), rs.getString("territory_path"),
                rs.getString("territory_name"), rs.getObject("fair_date", LocalDate.class),
                rs.getObject("starts_at", java.time.LocalTime.class),
                rs.getObject("ends_at", java.time.LocalTime.class),
                rs.getString("site"), rs.getString("focus"), s.name(), s.label(), rs.getInt("version"));
    }

    /** Fairs of a year the user sees, in date order (the schedule). */
    PageResult<FairView> schedule(Jurisdiction j, Integer year, String status, CurrentUser u, PageRequest page) {
        StringBuilder where = new StringBuilder(" where jurisdiction_id = :j");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("j", j.id());
        if (year != null) {
            where.append(" and fair_date between :from and :to");
            p.put("from", LocalDate.of(year, 1, 1));
            p.put("to", LocalDate.of(year, 12, 31));
        }
        FairStatus st = FairStatus.parse(status).orElse(null);
        if (st != null) {
            where.append(" and status = :st");
            p.put("st", st.name());
        }
        if (territorial(u)) {
            AccessScope s = territories.scopeOf(u);
            if (!s.includesJurisdiction(j.id())) {
                return new PageResult<>(List.of(), page.page(), page.size(), 0);
            }
            if (s.narrowed()) {
                where.append(" and territory_path like :prefix");
                p.put("prefix", s.likePattern());
            }
        } else {
            List<Long> mine = staff.actorsOf(u.id());
            if (mine.isEmpty()) {
                return new PageResult<>(List.of(), page.page(), page.size(), 0);
            }
            where.append(
                    " and id in (select fair_id from fair_participant where kind = 'ENTIDAD' and actor_id in (:mine))");
            p.put("mine", mine);
        }
        long total = jdbc.sql("select count(*) from fair" + where).params(p).query(Long.class).single();
        List<FairView> items = jdbc.sql(FAIR_SELECT + where + " order by fair_date, starts_at, id limit :l offset :o")
                .params(p).param("l", page.size()).param("o", page.offset()).query(FairService::fairView).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    @Transactional
    FairView create(FairForm c, CurrentUser u) {
        requireWriter(u, Capability.RUN_FAIRS);
        if (!territorial(u)) {
            throw new ForbiddenException("Las jornadas las planean los equipos territoriales.");
        }
        Jurisdiction j = jurisdictions.namedOrOwn(c.jurisdiction(), u);
        List<FieldError> errors = new ArrayList<>();
        TerritoryView t = check(c, j, null, u, errors);
        FairStatus st = c.status() == null || c.status().isBlank() ? FairStatus.PLANEADA
                : FairStatus.parse(c.status()).orElse(null);
        if (st == null) {
            errors.add(new FieldError("status", "El estado debe ser planeada, confirmada, realizada o cancelada."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                insert into fair (jurisdiction_id, code, name, program, territory_id, territory_path, territory_name,
                  fair_date, starts_at, ends_at, site, focus, status, created_by)
                values (:j, :code, :name, :program, :t, :tp, :tn, :d, :s, :e, :site, :focus, :st, :u) returning id""")
                .param("j", j.id()).param("code", c.code().strip()).param("name", c.name().strip())
                .param("program", blank(c.program())).param("t", t.id()).param("tp", t.path()).param("tn", t.name())
                .param("d", c.date()).param("s", c.startsAt()).param("e", c.endsAt()).param("site", c.site().strip())
                .param("focus", blank(c.focus())).param("st", st.name()).param("u", u.username()).query(Long.class)
                .single();
        int pos = 1;
        for (String item : CHECKLIST) {
            jdbc.sql("insert into fair_task (fair_id, position, name, status) values (:f, :p, :n, 'PENDIENTE')")
                    .param("f", id).param("p", pos++).param("n", item).update();
        }
        FairView v = fair(id);
        audit.record("CREATE", "ServiceFair", id, j.id(), "Jornada " + v.code() + " en " + v.territoryName(), null, v);
        return v;
    }

    @Transactional
    FairView update(long id, FairForm c, CurrentUser u) {
        FairView before = requireVisible(id, u);
        requirePlanner(before, u);
        Jurisdiction j = jurisdictions.byId(before.jurisdictionId()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        TerritoryView t = check(c, j, id, u, errors);
        FairStatus st = FairStatus.parse(c.status()).orElse(null);
        if (st == null) {
            errors.add(new FieldError("status", "El estado debe ser planeada, confirmada, realizada o cancelada."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int n = jdbc.sql("""
                update fair set code = :code, name = :name, program = :program, territory_id = :t, territory_path = :tp,
                  territory_name = :tn, fair_date = :d, starts_at = :s, ends_at = :e, site = :site, focus = :focus,
                  status = :st, updated_at = now(), version = version + 1 where id = :id and version = :v""")
                .param("code", c.code().strip()).param("name", c.name().strip()).param("program", blank(c.program()))
                .param("t", t.id()).param("tp", t.path()).param("tn", t.name()).param("d", c.date())
                .param("s", c.startsAt()).param("e", c.endsAt()).param("site", c.site().strip())
                .param("focus", blank(c.focus())).param("st", st.name()).param("id", id)
                .param("v", c.version() == null ? -1 : c.version()).update();
        if (n == 0) {
            throw new ConflictException(
                    "Otra persona modificó esta jornada; recargue la página (versión " + before.version() + ").");
        }
        FairView after = fair(id);
        audit.record("UPDATE", "ServiceFair", id, j.id(), "Jornada " + after.code(), before, after);
        return after;
    }

    private TerritoryView check(FairForm c, Jurisdiction j, Long selfId, CurrentUser u, List<FieldError> errors) {
        if (c.code() == null || !c.code().strip().matches("[A-Za-z0-9._-]{2,60}")) {
            errors.add(new FieldError("code",
                    "El código es obligatorio: 2 a 60 letras, números, punto, guion o guion bajo."));
        } else {
            Optional<FairView> same = byCode(j.id(), c.code().strip());
            if (same.isPresent() && (selfId == null || same.get().id() != selfId)) {
                errors.add(new FieldError("code",
                        "Ya existe una jornada con el código " + c.code().strip() + " en " + j.name() + "."));
            }
        }
        if (c.name() == null || c.name().isBlank()) {
            errors.add(new FieldError("name", "Indique el nombre de la jornada."));
        } else if (c.name().length() > 200) {
            errors.add(new FieldError("name", "El nombre admite 200 caracteres."));
        }
        if (c.program() != null && c.program().length() > 80) {
            errors.add(new FieldError("program", "El programa admite 80 caracteres."));
        }
        if (c.date() == null) {
            errors.add(new FieldError("date", "Indique la fecha de la jornada."));
        }
        if (c.startsAt() == null) {
            errors.add(new FieldError("startsAt", "Indique la hora de inicio."));
        }
        if (c.endsAt() == null) {
            errors.add(new FieldError("endsAt", "Indique la hora de cierre."));
        } else if (c.startsAt() != null && !c.endsAt().isAfter(c.startsAt())) {
            errors.add(new FieldError("endsAt", "La hora de cierre debe ser posterior a la de inicio."));
        }
        if (c.site() == null || c.site().isBlank()) {
            errors.add(new FieldError("site", "Indique el lugar (por ejemplo, el parque o el salón comunal)."));
        } else if (c.site().length() > 300) {
            errors.add(new FieldError("site", "El lugar admite 300 caracteres."));
        }
        if (c.focus() != null && c.focus().length() > 1000) {
            errors.add(new FieldError("focus", "El enfoque admite 1.000 caracteres."));
        }
        TerritoryView t = null;
        if (c.territoryId() == null) {
            errors.add(new FieldError("territoryId", "Elija el barrio o vereda de la jornada."));
        } else {
            t = territories.byId(c.territoryId()).orElse(null);
            if (t == null || t.jurisdictionId() != j.id()) {
                errors.add(new FieldError("territoryId",
                        "El territorio " + c.territoryId() + " no existe en " + j.name() + "."));
                t = null;
            } else if (!territories.scopeOf(u).includes(t.jurisdictionId(), t.path())) {
                errors.add(new FieldError("territoryId",
                        "El territorio " + t.name() + " está fuera de su alcance territorial."));
                t = null;
            }
        }
        return t;
    }

    /** Barrios and veredas of the user's scope with their rank in the latest prioritisation and their last fair. */
    List<BarrioOption> barrioOptions(Jurisdiction j, CurrentUser u) {
        Map<Long, LocalDate> last = new LinkedHashMap<>();
        jdbc.sql(
                "select territory_id, max(fair_date) from fair where jurisdiction_id = :j and status <> 'CANCELADA' group by territory_id")
                .param("j", j.id()).query((rs, n) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class))).list()
                .forEach(e -> last.put(e.getKey(), e.getValue()));
        List<BarrioOption> out = new ArrayList<>();
        AccessScope scope = territories.scopeOf(u);
        for (String level : List.of("barrio", "vereda")) {
            Map<Long, PrioritizationIndex.Ranking> ranks = prioritization.latest(j.id(), level);
            for (TerritoryView t : territories.ofLevel(j.id(), level, scope)) {
                PrioritizationIndex.Ranking r = ranks.get(t.id());
                out.add(new BarrioOption(t.id(), t.name(), r == null ? null : r.rank(), r == null ? null : r.score(),
                        last.get(t.id())));
            }
        }
        out.sort(java.util.Comparator.comparing((BarrioOption b) -> b.rank() == null ? Integer.MAX_VALUE : b.rank())
                .thenComparing(BarrioOption::name));
        return out;
    }

    // ------------------------------------------------------------------ who comes

    List<Participant> participants(long fairId) {
        return jdbc.sql("select * from fair_participant where fair_id = :f order by kind desc, actor_name")
                .param("f", fairId)
                .query((rs, n) -> new Participant(rs.getLong("id"), rs.getLong("actor_id"), rs.getString("actor_name"),
                        rs.getString("kind"), rs.getString("stand"), (Integer) rs.getObject("staff_count"),
                        rs.getString("contribution"), rs.getString("detail")))
                .list();
    }

    static final Set<String> CONTRIBUTIONS = Set.of("PERIFONEO", "EMBELLECIMIENTO", "REFRIGERIOS", "TRANSPORTE",
            "LOGISTICA", "OTRO");

    @Transactional
    Participant addParticipant(long fairId, ParticipantForm c, CurrentUser u) {
        FairView f = requireVisible(fairId, u);
        requirePlanner(f, u);
        List<FieldError> errors = new ArrayList<>();
        String kind = c.kind() == null ? "ENTIDAD" : c.kind().strip().toUpperCase();
        if (!kind.equals("ENTIDAD") && !kind.equals("ALIADO")) {
            errors.add(new FieldError("kind", "Indique si es una entidad que lleva servicios o un aliado."));
        }
        ActorSummary a = c.actorId() == null ? null : actors.byId(c.actorId()).orElse(null);
        if (a == null || a.jurisdictionId() != f.jurisdictionId()) {
            errors.add(new FieldError("actorId", "Elija una entidad o aliado registrado en la jurisdicción."));
        }
        String contribution = blank(c.contribution()) == null ? null : c.contribution().strip().toUpperCase();
        if (contribution != null && !CONTRIBUTIONS.contains(contribution)) {
            errors.add(new FieldError("contribution",
                    "El aporte debe ser perifoneo, embellecimiento, refrigerios, transporte, logística u otro."));
        }
        if ("ALIADO".equals(kind) && contribution == null) {
            errors.add(new FieldError("contribution", "Indique qué aporta el aliado."));
        }
        if (c.staffCount() != null && (c.staffCount() < 0 || c.staffCount() > 500)) {
            errors.add(new FieldError("staffCount", "El personal debe estar entre 0 y 500 personas."));
        }
        if (a != null && participants(fairId).stream().anyMatch(p -> p.actorId() == a.id() && p.kind().equals(kind))) {
            errors.add(new FieldError("actorId", a.name() + " ya está en la jornada."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc
                .sql("""
                        insert into fair_participant (fair_id, actor_id, actor_name, kind, stand, staff_count, contribution, detail)
                        values (:f, :a, :n, :k, :s, :c, :co, :d) returning id""")
                .param("f", fairId).param("a", a.id()).param("n", a.name()).param("k", kind)
                .param("s", blank(c.stand()))
                .param("c", c.staffCount()).param("co", contribution).param("d", blank(c.detail())).query(Long.class)
                .single();
        Participant p = participants(fairId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        audit.record("ADD_PARTICIPANT", "ServiceFair", fairId, f.jurisdictionId(),
                a.name() + " en la jornada " + f.code(), null, p);
        return p;
    }

    List<StandService> services(long fairId) {
        return jdbc.sql("""
                select s.service_id, s.service_name, s.actor_id, p.actor_name from fair_service s
                left join fair_participant p on p.fair_id = s.fair_id and p.actor_id = s.actor_id and p.kind = 'ENTIDAD'
                where s.fair_id = :f order by s.service_name""")
                .param("f", fairId)
                .query((rs, n) -> new StandService(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    /** The active services of the offer of a jurisdiction. */
    List<ServiceCard> offerServices(long jurisdictionId) {
        List<ServiceCard> all = new ArrayList<>();
        PersonProfile nobody = new PersonProfile(null, null, Set.of(), null, null, null);
        for (int page = 0; page < 20; page++) {
            EligibilityAnswer a = offer.eligibility(jurisdictionId, nobody, new PageRequest(page, PageResult.MAX_SIZE));
            all.addAll(a.eligible().items());
            all.addAll(a.notEligible().items());
            if (!a.eligible().hasNext() && !a.notEligible().hasNext()) {
                break;
            }
        }
        all.sort(java.util.Comparator.comparing(ServiceCard::name));
        return all;
    }

    @Transactional
    void addService(long fairId, Long serviceId, Long actorId, CurrentUser u) {
        FairView f = requireVisible(fairId, u);
        requirePlanner(f, u);
        ServiceCard s = serviceId == null ? null : offerServices(f.jurisdictionId()).stream()
                .filter(x -> x.id() == serviceId).findFirst().orElse(null);
        List<FieldError> errors = new ArrayList<>();
        if (s == null) {
            errors.add(new FieldError("serviceId", "Elija un servicio activo de la oferta de la jurisdicción."));
        }
        Participant p = participants(fairId).stream()
                .filter(x -> x.kind().equals("ENTIDAD") && actorId != null && x.actorId() == actorId)
                .findFirst().orElse(null);
        if (p == null) {
            errors.add(new FieldError("actorId",
                    "Elija la entidad de la jornada que presta el servicio (agréguela primero)."));
        }
        if (s != null && services(fairId).stream().anyMatch(x -> x.serviceId() == s.id())) {
            errors.add(new FieldError("serviceId", "El servicio " + s.name() + " ya está en la jornada."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        jdbc.sql("insert into fair_service (fair_id, service_id, service_name, actor_id) values (:f, :s, :n, :a)")
                .param("f", fairId).param("s", s.id()).param("n", s.name()).param("a", p.actorId()).update();
        audit.record("ADD_SERVICE", "ServiceFair", fairId, f.jurisdictionId(),
                s.name() + " (" + p.actorName() + ") en " + f.code(),
                null, Map.of("serviceId", s.id(), "actorId", p.actorId()));
    }

    // ------------------------------------------------------------------ checklist and lessons

    List<Task> tasks(long fairId) {
        return jdbc.sql("select * from fair_task where fair_id = :f order by position, id").param("f", fairId)
                .query((rs, n) -> new Task(rs.getLong("id"), rs.getInt("position"), rs.getString("name"),
                        rs.getString("owner"),
                        rs.getString("status"), rs.getInt("version")))
                .list();
    }

    static final Set<String> TASK_STATUSES = Set.of("PENDIENTE", "EN_CURSO", "LISTA");

    @Transactional
    void addTask(long fairId, String name, String owner, CurrentUser u) {
        FairView f = requireVisible(fairId, u);
        requirePlanner(f, u);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new ValidationException("name", "Indique la tarea de alistamiento (hasta 200 caracteres).");
        }
        int pos = jdbc.sql("select coalesce(max(position), 0) + 1 from fair_task where fair_id = :f").param("f", fairId)
                .query(Integer.class).single();
        long id = jdbc.sql(
                "insert into fair_task (fair_id, position, name, owner, status) values (:f, :p, :n, :o, 'PENDIENTE') returning id")
                .param("f", fairId).param("p", pos).param("n", name.strip()).param("o", blank(owner)).query(Long.class)
                .single();
        audit.record("ADD_TASK", "ServiceFair", fairId, f.jurisdictionId(),
                "Tarea «" + name.strip() + "» en " + f.code(), null, Map.of("taskId", id));
    }

    @Transactional
    void updateTask(long fairId, long taskId, String owner, String status, Integer version, CurrentUser u) {
        FairView f = requireVisible(fairId, u);
        requirePlanner(f, u);
        Task before = tasks(fairId).stream().filter(t -> t.id() == taskId).findFirst()
                .orElseThrow(() -> new NotFoundException("La tarea " + taskId + " no es de esta jornada."));
        String st = status == null ? "" : status.strip().toUpperCase();
        if (!TASK_STATUSES.contains(st)) {
            throw new ValidationException("status", "El estado de la tarea debe ser pendiente, en curso o lista.");
        }
        if (owner != null && owner.length() > 200) {
            throw new ValidationException("owner", "El responsable admite 200 caracteres.");
        }
        int n = jdbc.sql(
                "update fair_task set owner = :o, status = :s, version = version + 1 where id = :id and version = :v")
                .param("o", blank(owner)).param("s", st).param("id", taskId).param("v", version == null ? -1 : version)
                .update();
        if (n == 0) {
            throw new ConflictException("Otra persona modificó la tarea «" + before.name() + "»; recargue la página.");
        }
        audit.record("UPDATE_TASK", "ServiceFair", fairId, f.jurisdictionId(), "Tarea «" + before.name() + "»", before,
                Map.of("owner", String.valueOf(blank(owner)), "status", st));
    }

    List<Lesson> lessons(long fairId) {
        return jdbc.sql("select * from fair_lesson where fair_id = :f order by recorded_at, id").param("f", fairId)
                .query((rs, n) -> new Lesson(rs.getLong("id"), rs.getString("text"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    @Transactional
    void addLesson(long fairId, String text, CurrentUser u) {
        FairView f = requireVisible(fairId, u);
        requirePlanner(f, u);
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new ValidationException("text", "Escriba la lección aprendida (hasta 4.000 caracteres).");
        }
        long id = jdbc.sql("insert into fair_lesson (fair_id, text, recorded_by) values (:f, :t, :u) returning id")
                .param("f", fairId).param("t", text.strip()).param("u", u.username()).query(Long.class).single();
        audit.record("ADD_LESSON", "ServiceFair", fairId, f.jurisdictionId(), "Lección aprendida en " + f.code(), null,
                Map.of("lessonId", id));
    }

    // ------------------------------------------------------------------ registration

    Optional<Households.PersonRef> findPerson(long fairId, String documentType, String number, CurrentUser u) {
        FairView f = requireVisible(fairId, u);
        if (registrableEntities(f, u).isEmpty()) {
            throw new ForbiddenException("Usted no registra atenciones en la jornada " + f.name() + ".");
        }
        DocumentType t = DocumentType.parse(documentType);
        if (t == null || number == null || number.isBlank()) {
            throw new ValidationException("documentNumber", "Indique el tipo y el número de documento.");
        }
        if (!territorial(u)) {
            // entity staff find people only at the stand, on the day of the fair (a day of margin either side)
            LocalDate today = LocalDate.now(jurisdictions.byId(f.jurisdictionId()).orElseThrow().zoneId());
            if (f.status().equals("CANCELADA")
                    || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(f.date(), today)) > 1) {
                throw new ForbiddenException(
                        "El personal de las entidades busca personas por documento solo el día de la"
                                + " jornada " + f.name() + " (" + f.date() + ").");
            }
        }
        Optional<Households.PersonRef> found = households.personByDocument(f.jurisdictionId(), t, number);
        // A name from a document number, at a stand: a lookup on the access log, page and API alike.
        found.ifPresent(p -> access.logView(PersonalDataAccess.PERSON, p.id(), f.jurisdictionId(),
                PersonalDataAccess.LOOKUP));
        return found;
    }

    /**
     * The name shown at the stand: in full to territorial users; to entity staff only the first name and the
     * initial of the surname, enough to confirm with the person in front of them.
     */
    static String standName(String fullName, CurrentUser u) {
        if (territorial(u) || fullName == null) {
            return fullName;
        }
        String[] words = fullName.strip().split("\\s+");
        if (words.length < 2) {
            return words[0];
        }
        return words[0] + " " + words[words.length - 1].charAt(0) + ".";
    }

    /**
     * Registers a person attended at a stand. Idempotent by {@code uuid}: a registration sent twice (the offline
     * queue retries) is stored once and the second answer says so.
     */
    @Transactional
    RegistrationView register(long fairId, RegistrationCommand c, CurrentUser u) {
        UUID uuid;
        try {
            uuid = UUID.fromString(c.uuid() == null ? "" : c.uuid().strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("uuid",
                    "Falta el identificador del registro generado por el dispositivo (UUID).");
        }
        FairView f = fair(fairId);
        if (c.actorId() == null) {
            throw new ValidationException("actorId", "Indique la entidad del stand.");
        }
        String actorName = requireRegistrar(f, c.actorId(), u).actorName();
        Optional<RegistrationView> existing = registration(uuid, true);
        if (existing.isPresent()) {
            if (existing.get().fairId() != fairId || existing.get().actorId() != c.actorId()) {
                throw new ConflictException("El registro " + uuid + " ya existe para otra jornada o entidad.");
            }
            return existing.get();
        }
        if (f.status().equals("CANCELADA")) {
            throw new ConflictException("La jornada " + f.name() + " está cancelada: no se registran atenciones.");
        }
        List<FieldError> errors = new ArrayList<>();
        List<StandService> offered = services(fairId);
        List<StandService> received = new ArrayList<>();
        if (c.serviceIds() == null || c.serviceIds().isEmpty()) {
            errors.add(new FieldError("serviceIds", "Marque al menos un servicio recibido."));
        } else {
            for (Long sid : new java.util.LinkedHashSet<>(c.serviceIds())) {
                Optional<StandService> s = offered.stream().filter(x -> sid != null && x.serviceId() == sid)
                        .findFirst();
                if (s.isEmpty()) {
                    errors.add(new FieldError("serviceIds", "El servicio " + sid + " no se presta en esta jornada."));
                } else if (s.get().actorId() != c.actorId()) {
                    errors.add(new FieldError("serviceIds",
                            "El servicio " + s.get().serviceName() + " lo presta otra entidad de la jornada."));
                } else {
                    received.add(s.get());
                }
            }
        }
        if (c.satisfaction() != null && (c.satisfaction() < 1 || c.satisfaction() > 5)) {
            errors.add(
                    new FieldError("satisfaction", "La satisfacción va de 1 (nada satisfecho) a 5 (muy satisfecho)."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Jurisdiction j = jurisdictions.byId(f.jurisdictionId()).orElseThrow();
        Households.PersonRef person = person(f, j, c, u);
        Households.PersonFacts facts = households.facts(person.id()).orElseThrow();
        LocalDate today = f.date();
        Integer age = facts.birthDate() == null ? null : Period.between(facts.birthDate(), today).getYears();
        Long id = jdbc.sql("""
                insert into fair_registration (uuid, fair_id, jurisdiction_id, person_id, actor_id, age, sex,
                  population_groups, satisfaction, registered_by)
                values (:uuid, :f, :j, :p, :a, :age, :sex, :pg, :sat, :u)
                on conflict (uuid) do nothing returning id""")
                .param("uuid", uuid).param("f", fairId).param("j", j.id()).param("p", person.id())
                .param("a", c.actorId())
                .param("age", age).param("sex", facts.sex()).param("pg", blank(facts.populationGroups()))
                .param("sat", c.satisfaction()).param("u", u.username()).query(Long.class).optional().orElse(null);
        if (id == null) {
            return registration(uuid, true).orElseThrow();
        }
        for (StandService s : received) {
            jdbc.sql(
                    """
                            insert into fair_attendance (registration_id, fair_id, service_id, service_name, actor_id, actor_name)
                            values (:r, :f, :s, :sn, :a, :an)""")
                    .param("r", id).param("f", fairId).param("s", s.serviceId()).param("sn", s.serviceName())
                    .param("a", c.actorId()).param("an", actorName).update();
        }
        Referrals.Created ref = fairReferrals.refer(f, j, c, person, facts, actorName, u);
        if (ref != null) {
            jdbc.sql("update fair_registration set referral_id = :r, referral_code = :c where id = :id")
                    .param("r", ref.id()).param("c", ref.code()).param("id", id).update();
        }
        // the answer is built from what was just stored (services in the order of the fair's list, by name), not
        // read back: a stand's request stays short when every stand of the fair sends at once
        RegistrationView v = new RegistrationView(id, uuid.toString(), fairId, person.id(), person.displayName(),
                c.actorId(),
                offered.stream().filter(received::contains).map(StandService::serviceName).toList(),
                ref == null ? null : ref.id(), ref == null ? null : ref.code(), false);
        audit.record("REGISTER", "FairAttendance", id, j.id(),
                "Atención en la jornada " + f.code() + " (" + actorName + ")", null, v);
        return v;
    }

    private Households.PersonRef person(FairView f, Jurisdiction j, RegistrationCommand c, CurrentUser u) {
        if (c.personId() != null) {
            Households.PersonRef p = households.usablePerson(c.personId())
                    .orElseThrow(() -> new ValidationException("personId",
                            "La persona " + c.personId() + " no existe o sus datos no se pueden usar."));
            if (p.jurisdictionId() != j.id()) {
                throw new ValidationException("personId", "La persona " + c.personId() + " no es de " + j.name() + ".");
            }
            return p;
        }
        DocumentType type = DocumentType.parse(c.documentType());
        if (type == null) {
            throw new ValidationException("documentType",
                    "Indique el tipo de documento: CC, TI, RC, CE, PPT, PEP, PA o SD.");
        }
        if (c.documentNumber() != null && !c.documentNumber().isBlank()) {
            Optional<Households.PersonRef> found = households.personByDocument(j.id(), type, c.documentNumber());
            if (found.isPresent()) {
                return households.usablePerson(found.get().id())
                        .orElseThrow(() -> new ValidationException("documentNumber",
                                "La persona con " + type.name() + " " + c.documentNumber().strip()
                                        + " revocó su autorización o fue anonimizada: no se registra."));
            }
        }
        if (!Boolean.TRUE.equals(c.authorized())) {
            throw new ValidationException("authorized",
                    "La persona no está registrada: para registrarla se requiere su "
                            + "autorización de tratamiento de datos (Ley 1581 de 2012).");
        }
        String evidence = blank(c.authorizationEvidence()) == null
                ? "Formato de registro de población atendida, jornada " + f.code()
                : c.authorizationEvidence().strip();
        String who = ((c.firstName() == null ? "" : c.firstName().strip()) + " "
                + (c.lastName() == null ? "" : c.lastName().strip())).strip();
        AuthorizationCommand auth = new AuthorizationCommand(who.isEmpty() ? null : who, c.documentNumber(), false,
                null,
                "PRESENCIAL", "Registro de atención en la jornada de servicios " + f.name()
                        + " y seguimiento de las canalizaciones" + (Boolean.TRUE.equals(c.sensitiveAuthorized())
                                ? ", incluidos datos sensibles de salud" : ""),
                evidence, Boolean.TRUE.equals(c.sensitiveAuthorized()),
                OffsetDateTime.now(j.zoneId()));
        return households.registerPerson(
                new Households.NewPerson(c.documentType(), c.documentNumber(), c.firstName(), null,
                        c.lastName(), null, c.birthDate(), c.sex(), c.populationGroups(), c.phone(), auth),
                f.territoryId(), u);
    }

    Optional<RegistrationView> registration(UUID uuid, boolean already) {
        return jdbc
                .sql("""
                        select r.id, r.uuid, r.fair_id, r.person_id, r.actor_id, r.referral_id,
                          (select string_agg(a.service_name, '|' order by a.service_name) from fair_attendance a where a.registration_id = r.id),
                          r.referral_code
                        from fair_registration r where r.uuid = :u""")
                .param("u", uuid)
                .query((rs, n) -> {
                    long personId = rs.getLong(4);
                    Long refId = (Long) rs.getObject(6);
                    String services = rs.getString(7);
                    String name = households.usablePerson(personId).map(Households.PersonRef::displayName)
                            .orElse("Persona " + personId);
                    String code = rs.getString(8);
                    return new RegistrationView(rs.getLong(1), rs.getString(2), rs.getLong(3), personId, name,
                            rs.getLong(5),
                            services == null ? List.of() : List.of(services.split("\\|")), refId, code, already);
                }).optional();
    }

    PageResult<AttendanceRow> attendances(long fairId, CurrentUser u, PageRequest page) {
        FairView f = requireVisible(fairId, u);
        String where = " where r.fair_id = :f";
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("f", f.id());
        if (!(territorial(u) && inScope(f, u))) {
            where += " and r.actor_id in (:mine)";
            p.put("mine", entitiesOfUserAt(fairId, u));
        }
        long total = jdbc.sql("select count(*) from fair_registration r" + where).params(p).query(Long.class).single();
        List<AttendanceRow> items = jdbc
                .sql("""
                        select r.id, r.uuid, r.person_id, (select max(a.actor_name) from fair_attendance a where a.registration_id = r.id),
                          (select string_agg(a.service_name, ', ' order by a.service_name) from fair_attendance a where a.registration_id = r.id),
                          r.age, r.sex, r.referral_id, r.registered_at, r.registered_by
                        from fair_registration r"""
                        + where + " order by r.registered_at desc, r.id desc limit :l offset :o")
                .params(p).param("l", page.size()).param("o", page.offset())
                .query((rs, n) -> new AttendanceRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5),
                        (Integer) rs.getObject(6), rs.getString(7), (Long) rs.getObject(8),
                        rs.getTimestamp(9).toInstant(),
                        rs.getString(10)))
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    // ------------------------------------------------------------------ results

    static final String AGE_GROUP = """
            case when age is null then 'Sin dato' when age < 6 then '0 a 5 años (primera infancia)'
                 when age < 12 then '6 a 11 años (infancia)' when age < 18 then '12 a 17 años (adolescencia)'
                 when age < 29 then '18 a 28 años (juventud)' when age < 60 then '29 a 59 años (adultez)'
                 else '60 años o más (persona mayor)' end""";

    /** People are counted once per fair, with their data at their latest registration there. */
    Results results(long fairId) {
        Map<String, Object> p = Map.of("f", fairId);
        long people = jdbc.sql("select count(distinct person_id) from fair_registration where fair_id = :f").params(p)
                .query(Long.class).single();
        long registrations = jdbc.sql("select count(*) from fair_registration where fair_id = :f").params(p)
                .query(Long.class).single();
        long attentions = jdbc.sql("select count(*) from fair_attendance where fair_id = :f").params(p)
                .query(Long.class).single();
        List<Count> byService = jdbc.sql("""
                select a.service_name, max(a.actor_name), count(*), count(distinct r.person_id) from fair_attendance a
                join fair_registration r on r.id = a.registration_id where a.fair_id = :f
                group by a.service_id, a.service_name order by count(*) desc, a.service_name""")
                .params(p).query(FairService::count).list();
        List<Count> byEntity = jdbc.sql("""
                select a.actor_name, null, count(*), count(distinct r.person_id) from fair_attendance a
                join fair_registration r on r.id = a.registration_id where a.fair_id = :f
                group by a.actor_id, a.actor_name order by count(*) desc, a.actor_name""")
                .params(p).query(FairService::count).list();
        String latest = "(select distinct on (person_id) * from fair_registration where fair_id = :f order by person_id, registered_at desc, id desc) x";
        List<Count> byAge = jdbc
                .sql("select " + AGE_GROUP + " as g, null, 0, count(*) from " + latest
                        + " group by g order by min(coalesce(age, 999))")
                .params(p).query(FairService::count).list();
        List<Count> bySex = jdbc
                .sql("""
                        select case sex when 'F' then 'Mujer' when 'M' then 'Hombre' when 'I' then 'Intersexual' else 'Sin dato' end as g,
                          null, 0, count(*) from """
                        + latest + " group by g order by count(*) desc")
                .params(p).query(FairService::count).list();
        List<Count> byGroup = jdbc
                .sql("""
                        select trim(g), null, 0, count(*) from """ + latest
                        + """
                                 cross join lateral unnest(string_to_array(coalesce(nullif(x.population_groups, ''), 'Ninguno declarado'), ',')) g
                                group by trim(g) order by count(*) desc, trim(g)""")
                .params(p).query(FairService::count).list();
        List<Long> refIds = jdbc
                .sql("select referral_id from fair_registration where fair_id = :f and referral_id is not null")
                .params(p).query(Long.class).list();
        Map<String, Long> byStatus = new java.util.TreeMap<>();
        referrals.statusLabels(refIds).values().forEach(s -> byStatus.merge(s, 1L, Long::sum));
        List<Count> refs = byStatus.entrySet().stream().map(e -> new Count(e.getKey(), null, 0, e.getValue())).toList();
        Map<String, Object> sat = jdbc.sql(
                "select count(satisfaction) as n, avg(satisfaction) as a from fair_registration where fair_id = :f")
                .params(p).query().singleRow();
        Number avg = (Number) sat.get("a");
        return new Results(people, registrations, attentions, byService, byEntity, byAge, bySex, byGroup, refIds.size(),
                refs,
                ((Number) sat.get("n")).longValue(), avg == null ? null : Math.round(avg.doubleValue() * 10) / 10.0);
    }

    private static Count count(ResultSet rs, int n) throws SQLException {
        return new Count(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4));
    }

    /** The fairs of a year side by side. */
    List<Comparison> compare(Jurisdiction j, int year, CurrentUser u) {
        List<FairView> fairs = schedule(j, year, null, u, new PageRequest(0, PageResult.MAX_SIZE)).items();
        if (fairs.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> figures = new LinkedHashMap<>();
        jdbc.sql("""
                select f.id,
                  (select count(distinct person_id) from fair_registration r where r.fair_id = f.id),
                  (select count(*) from fair_attendance a where a.fair_id = f.id),
                  (select count(*) from fair_participant p where p.fair_id = f.id and p.kind = 'ENTIDAD'),
                  (select count(referral_id) from fair_registration r where r.fair_id = f.id)
                from fair f where f.id in (:ids)""")
                .param("ids", fairs.stream().map(FairView::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong(1),
                        new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}))
                .list().forEach(e -> figures.put(e.getKey(), e.getValue()));
        return fairs.stream().map(f -> {
            long[] x = figures.get(f.id());
            return new Comparison(f.id(), f.code(), f.name(), f.territoryName(), f.date(), f.status(), f.statusLabel(),
                    x[0], x[1], x[2], x[3]);
        }).toList();
    }

    /** Actors of a jurisdiction for the "who comes" form, by name. */
    List<ActorSummary> actorOptions(long jurisdictionId) {
        return actors.search(jurisdictionId, null, new PageRequest(0, PageResult.MAX_SIZE)).items().stream()
                .filter(ActorSummary::active).toList();
    }

    /** Codes of the territories where fairs of the year were held (for the map). */
    List<String> heldTerritoryCodes(Jurisdiction j, int year, CurrentUser u) {
        return schedule(j, year, "REALIZADA", u, new PageRequest(0, PageResult.MAX_SIZE)).items().stream()
                .map(FairView::territoryId).distinct().map(territories::byId).flatMap(Optional::stream)
                .map(TerritoryView::code).toList();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
