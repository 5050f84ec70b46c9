package org.minga.referral.internal;

import org.minga.offer.Catalogue;
import org.minga.privacy.PersonalRecord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minga.platform.Capability;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.household.Households;
import org.minga.referral.internal.domain.ReferralStatus;
import org.minga.offer.Need;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.platform.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Care routes (rutas de atención): ordered steps with the responsible entity or service and a maximum time. */
@Service
class CareRouteService {

    record StepCommand(String name, String description, Long actorId, String actorCode, Long serviceId,
            Integer maxDays) {
    }

    record RouteCommand(String code, String name, String description, String needCategory, List<StepCommand> steps) {
    }

    record StepView(long id, int position, String name, String description, long actorId, String actorName,
            Long serviceId, String serviceName, int maxDays) {
    }

    record RouteView(long id, String jurisdictionCode, String code, String name, String description,
            String needCategory,
            String needLabel, boolean active, List<StepView> steps, int version) {
        @com.fasterxml.jackson.annotation.JsonProperty
        public int totalDays() {
            return steps.stream().mapToInt(StepView::maxDays).sum();
        }
    }

    record ApplyCommand(Long personId, String needDescription, String origin, String originReference, String priority,
            Boolean shareAuthorized, String shareEvidence, String ineligibleJustification) {
    }

    record ProgressStep(int position, String stepName, String actorName, Long referralId, String referralCode,
            String status, String statusLabel, java.time.LocalDate dueOn, boolean overdue, boolean done) {
    }

    record ApplicationView(long id, long routeId, String routeName, Long personId, String subjectName, String createdBy,
            java.time.Instant createdAt, List<ProgressStep> steps) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(personId, null);
        }

        @com.fasterxml.jackson.annotation.JsonProperty
        public long done() {
            return steps.stream().filter(ProgressStep::done).count();
        }

        @com.fasterxml.jackson.annotation.JsonProperty
        public int percent() {
            return steps.isEmpty() ? 0 : (int) (100 * done() / steps.size());
        }
    }

    private final JdbcClient jdbc;
    private final Labels labels;
    private final Actors actors;
    private final ServiceCatalog catalog;
    private final ReferralCreation creation;
    private final ReferralTransitions transitions;
    private final ReferralReadModel read;
    private final ReferralAccess access;
    private final Households households;
    private final Territories territories;
    private final AuditLog audit;

    CareRouteService(JdbcClient jdbc, Actors actors, ServiceCatalog catalog, ReferralCreation creation,
            ReferralTransitions transitions, ReferralReadModel read, ReferralAccess access, Households households,
            Territories territories, AuditLog audit, Labels labels) {
        this.labels = labels;
        this.jdbc = jdbc;
        this.actors = actors;
        this.catalog = catalog;
        this.creation = creation;
        this.transitions = transitions;
        this.read = read;
        this.access = access;
        this.households = households;
        this.territories = territories;
        this.audit = audit;
    }

    @Transactional
    RouteView create(Jurisdiction j, RouteCommand c, CurrentUser user) {
        access.requireManager(user, j.id());
        List<FieldError> errors = new ArrayList<>();
        String code = c.code() == null ? "" : c.code().strip().toUpperCase();
        if (!code.matches("[A-Z0-9._-]{2,60}")) {
            errors.add(new FieldError("code", "El código debe tener de 2 a 60 letras, números, punto o guion."));
        } else if (jdbc.sql("select count(*) from care_route where jurisdiction_id = :j and code = :c")
                .param("j", j.id())
                .param("c", code).query(Long.class).single() > 0) {
            errors.add(new FieldError("code", "Ya existe una ruta con el código " + code + "."));
        }
        if (c.name() == null || c.name().isBlank() || c.name().length() > 300) {
            errors.add(new FieldError("name", "Indique el nombre de la ruta (hasta 300 caracteres)."));
        }
        Need need = Catalogue.parse(Need.class, c.needCategory()).orElse(null);
        if (need == null) {
            errors.add(new FieldError("needCategory",
                    "La categoría debe ser una de: " + Catalogue.allowed(Need.class) + "."));
        }
        List<StepCommand> steps = c.steps() == null ? List.of() : c.steps();
        if (steps.isEmpty()) {
            errors.add(new FieldError("steps", "Una ruta tiene al menos un paso."));
        }
        List<ActorSummary> stepActors = stepActors(j, steps, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                insert into care_route (jurisdiction_id, code, name, description, need_category)
                values (:j, :c, :n, :d, :nc) returning id""")
                .param("j", j.id()).param("c", code).param("n", c.name().strip()).param("d", c.description())
                .param("nc", need.name()).query(Long.class).single();
        for (int i = 0; i < steps.size(); i++) {
            StepCommand s = steps.get(i);
            jdbc.sql("""
                    insert into care_route_step (route_id, position, name, description, actor_id, service_id, max_days)
                    values (:r, :p, :n, :d, :a, :s, :m)""")
                    .param("r", id).param("p", i + 1).param("n", s.name().strip()).param("d", s.description())
                    .param("a", stepActors.get(i).id()).param("s", s.serviceId()).param("m", s.maxDays()).update();
        }
        RouteView v = route(id).orElseThrow();
        audit.record("CREATE", "care_route", id, j.id(), "Ruta de atención " + v.name(), null, v);
        return v;
    }

    /** Each step's responsible entity (null where the step is wrong), adding the steps' problems to {@code errors}. */
    private List<ActorSummary> stepActors(Jurisdiction j, List<StepCommand> steps, List<FieldError> errors) {
        List<ActorSummary> stepActors = new ArrayList<>();
        Set<Long> services = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            StepCommand s = steps.get(i);
            String f = "steps[" + i + "]";
            if (s.name() == null || s.name().isBlank() || s.name().length() > 300) {
                errors.add(
                        new FieldError(f + ".name", "Paso " + (i + 1) + ": indique el nombre (hasta 300 caracteres)."));
            }
            Optional<ActorSummary> a = s.actorId() != null ? actors.byId(s.actorId())
                    : s.actorCode() != null ? actors.byCode(j.id(), s.actorCode().strip()) : Optional.empty();
            if (a.isEmpty() || a.get().jurisdictionId() != j.id()) {
                errors.add(new FieldError(f + ".actorId",
                        "Paso " + (i + 1) + ": indique una entidad responsable de " + j.name() + "."));
                stepActors.add(null);
            } else {
                stepActors.add(a.get());
            }
            if (s.serviceId() != null) {
                services.add(s.serviceId());
            }
            if (s.maxDays() == null || s.maxDays() < 1 || s.maxDays() > 120) {
                errors.add(new FieldError(f + ".maxDays",
                        "Paso " + (i + 1) + ": el tiempo máximo debe estar entre 1 y 120 días hábiles."));
            }
        }
        if (!services.isEmpty()) {
            Set<Long> known = new HashSet<>(catalog.services(j.id()).stream().map(s -> s.id()).toList());
            for (Long s : services) {
                if (!known.contains(s)) {
                    errors.add(new FieldError("steps",
                            "El servicio " + s + " no existe o no está activo en " + j.name() + "."));
                }
            }
        }
        return stepActors;
    }

    List<RouteView> routes(Jurisdiction j) {
        return jdbc.sql("select id from care_route where jurisdiction_id = :j and active order by name")
                .param("j", j.id())
                .query(Long.class).list().stream().map(id -> route(id).orElseThrow()).toList();
    }

    Optional<RouteView> route(long id) {
        List<StepView> steps = jdbc.sql("""
                select s.id, s.position, s.name, s.description, s.actor_id, s.service_id, s.max_days
                from care_route_step s where s.route_id = :r order by s.position""").param("r", id)
                .query((rs, n) -> new StepView(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5),
                        null, rs.getObject(6, Long.class), null, rs.getInt(7)))
                .list();
        Map<Long, ActorSummary> names = actors.byIds(steps.stream().map(StepView::actorId).toList());
        // the services' names are read before the route's row is open: one connection at a time
        Optional<Long> jurisdiction = jdbc.sql("select jurisdiction_id from care_route where id = :id").param("id", id)
                .query(Long.class).optional();
        if (jurisdiction.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> serviceNames = new java.util.HashMap<>();
        if (steps.stream().anyMatch(s -> s.serviceId() != null)) {
            catalog.services(jurisdiction.get()).forEach(s -> serviceNames.put(s.id(), s.name()));
        }
        return jdbc
                .sql("""
                        select r.id, j.code, r.code, r.name, r.description, r.need_category, r.active, r.version, r.jurisdiction_id
                        from care_route r join jurisdiction j on j.id = r.jurisdiction_id where r.id = :id""")
                .param("id", id)
                .query((rs, n) -> {
                    List<StepView> named = steps.stream()
                            .map(s -> new StepView(s.id(), s.position(), s.name(), s.description(),
                                    s.actorId(), names.containsKey(s.actorId()) ? names.get(s.actorId()).name() : "—",
                                    s.serviceId(),
                                    s.serviceId() == null ? null : serviceNames.get(s.serviceId()), s.maxDays()))
                            .toList();
                    Need need = Need.valueOf(rs.getString(6));
                    return new RouteView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5),
                            need.name(), labels.of(need), rs.getBoolean(7), named, rs.getInt(8));
                }).optional();
    }

    RouteView requireRoute(long id, CurrentUser user) {
        RouteView r = route(id).orElseThrow(() -> new NotFoundException("No existe la ruta " + id + "."));
        long j = jdbc.sql("select jurisdiction_id from care_route where id = :id").param("id", id).query(Long.class)
                .single();
        if (!org.minga.platform.AccessPolicy.reachesJurisdiction(user, Capability.READ_TERRITORIAL_INFO, j)) {
            throw new NotFoundException("No existe la ruta " + id + ".");
        }
        return r;
    }

    /**
     * Applies a route to a person: one referral per step, in the step's order, each addressed to the step's entity
     * with the step's maximum time; the first is sent at once, the others wait (creada) for the previous answer.
     */
    @Transactional
    ApplicationView apply(long routeId, ApplyCommand c, CurrentUser user) {
        RouteView route = requireRoute(routeId, user);
        if (c.personId() == null) {
            throw new ValidationException("personId", "Indique la persona a quien se aplica la ruta.");
        }
        Households.PersonRef person = households.requireUsablePerson(c.personId(), user);
        long routeJ = jdbc.sql("select jurisdiction_id from care_route where id = :id").param("id", routeId)
                .query(Long.class).single();
        if (person.jurisdictionId() != routeJ) {
            throw new ValidationException("personId", "La persona es de otra jurisdicción que la ruta.");
        }
        if (!ReferralAccess.canSend(user)) {
            throw new org.minga.platform.ForbiddenException("Su rol (" + user.role().label() + ") no aplica rutas.");
        }
        long appId = jdbc
                .sql("""
                        insert into care_route_application (jurisdiction_id, route_id, person_id, territory_id, territory_path, created_by)
                        values (:j, :r, :p, :t, :tp, :u) returning id""")
                .param("j", routeJ).param("r", routeId).param("p", person.id()).param("t", person.territoryId())
                .param("tp", person.territoryPath()).param("u", user.username()).query(Long.class).single();
        boolean first = true;
        for (StepView s : route.steps()) {
            String description = (c.needDescription() == null || c.needDescription().isBlank() ? route.name()
                    : c.needDescription().strip()) + " — paso " + s.position() + ": " + s.name();
            ReferralViews.ReferralDetail r = creation.create(new ReferralViews.ReferralCommand(person.id(), null,
                    route.needCategory(), description, c.origin() == null ? "OTHER" : c.origin(), c.originReference(),
                    s.serviceId(), s.actorId(), c.priority(), null, c.ineligibleJustification(), c.shareAuthorized(),
                    c.shareEvidence()), user, new ReferralViews.RouteStep(appId, s.position(), s.maxDays()), false);
            if (first) {
                transitions.transition(r.id(),
                        new ReferralViews.TransitionCommand("SENT", null, null, null, null, null), user);
                first = false;
            }
        }
        audit.record("CREATE", "care_route_application", appId, routeJ, "Ruta " + route.name() + " aplicada a "
                + person.displayName(), null, Map.of("route", routeId, "person", person.id()));
        return application(appId, user);
    }

    ApplicationView application(long id, CurrentUser user) {
        Map<String, Object> a = jdbc
                .sql("""
                        select ap.id, ap.route_id, r.name, ap.person_id, ap.created_by, ap.created_at, ap.jurisdiction_id, ap.territory_path
                        from care_route_application ap join care_route r on r.id = ap.route_id where ap.id = :id""")
                .param("id", id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No existe la aplicación de ruta " + id + "."));
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        long j = ((Number) a.get("jurisdiction_id")).longValue();
        if (!scope.includes(j, (String) a.get("territory_path"))) {
            throw new NotFoundException("No existe la aplicación de ruta " + id + ".");
        }
        java.time.LocalDate today = read.today(j); // before the rows are open: one connection
        List<ProgressStep> steps = jdbc.sql("""
                select s.position, s.name, r.actor_name, r.id, r.code, r.status, r.due_on, r.subject_name
                from care_route_step s join care_route_application ap on ap.route_id = s.route_id
                left join referral r on r.route_application_id = ap.id and r.route_step_position = s.position
                where ap.id = :id order by s.position""").param("id", id)
                .query((rs, n) -> {
                    String st = rs.getString(6);
                    ReferralStatus status = st == null ? null : ReferralStatus.valueOf(st);
                    java.time.LocalDate due = rs.getObject(7, java.time.LocalDate.class);
                    boolean overdue = status != null && status.open() && due.isBefore(today);
                    return new ProgressStep(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
                            rs.getString(5), st, status == null ? null : status.label(), due, overdue,
                            status == ReferralStatus.ATTENDED || status == ReferralStatus.CLOSED);
                }).list();
        String subject = jdbc.sql("select subject_name from referral where route_application_id = :id limit 1")
                .param("id", id)
                .query(String.class).optional().orElse("—");
        return new ApplicationView(id, ((Number) a.get("route_id")).longValue(), (String) a.get("name"),
                a.get("person_id") == null ? null : ((Number) a.get("person_id")).longValue(), subject,
                (String) a.get("created_by"),
                ((java.sql.Timestamp) a.get("created_at")).toInstant(), steps);
    }

}
