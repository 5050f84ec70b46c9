package org.minga.referral.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.household.Households;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.referral.internal.CareRouteViews.ApplicationView;
import org.minga.referral.internal.CareRouteViews.ApplyCommand;
import org.minga.referral.internal.CareRouteViews.RouteCommand;
import org.minga.referral.internal.CareRouteViews.RouteView;
import org.minga.referral.internal.CareRouteViews.StepCommand;
import org.minga.referral.internal.CareRouteViews.StepView;
import org.minga.referral.internal.domain.CareRoute;
import org.minga.referral.internal.domain.RouteStatus;
import org.minga.territory.Territories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care routes (rutas de atención): ordered steps with the responsible entity or service, a maximum time and
 * conditions; revised in versions, applied in the version in force.
 */
@Service
@RequiredArgsConstructor
class CareRouteService {

    private final CareRouteRepository repository;
    private final CareRouteReadModel reads;
    private final Actors actors;
    private final ServiceCatalog catalog;
    private final ReferralCreation creation;
    private final ReferralTransitions transitions;
    private final ReferralAccess access;
    private final Households households;
    private final Territories territories;
    private final AuditLog audit;
    private final Jurisdictions jurisdictions;

    @Transactional
    RouteView create(Jurisdiction j, RouteCommand c, CurrentUser user) {
        access.requireManager(user, j.id());
        return add(j, c, user);
    }

    /** Adds a route as the command defines it, whoever may (a manager, or a proposal from a priority). */
    @Transactional
    RouteView add(Jurisdiction j, RouteCommand c, CurrentUser user) {
        List<FieldError> found = new ArrayList<>();
        String code = CareRoute.normalCode(c.code());
        if (repository.codeTaken(j.id(), code)) {
            found.add(new FieldError("code", "Ya existe una ruta con el código " + code + "."));
        }
        long id = repository.add(define(j, c.code(), c, found), user.username());
        RouteView v = reads.route(id).orElseThrow();
        audit.record("CREATE", "care_route", id, j.id(), "Ruta de atención " + v.name(), null, v);
        return v;
    }

    /**
     * Revises a route: its name, need and steps as given become its next version, in force from now on; people to
     * whom an earlier version was applied stay on theirs. The code does not change.
     */
    @Transactional
    RouteView revise(long id, RouteCommand c, CurrentUser user) {
        RouteView before = requireRoute(id, user);
        Jurisdiction j = jurisdictions.byCode(before.jurisdictionCode()).orElseThrow();
        access.requireManager(user, j.id());
        if (c.version() != null && c.version() != before.version()) {
            throw new ConflictException("Otra persona modificó la ruta " + before.name()
                    + " mientras usted la editaba: recargue la página y repita su cambio.");
        }
        int number = repository.revise(id, define(j, before.code(), c, new ArrayList<>()), user.username());
        RouteView after = reads.route(id).orElseThrow();
        audit.record("UPDATE", "care_route", id, j.id(),
                "Ruta de atención " + after.name() + ": versión " + number, before, after);
        return after;
    }

    /** The route the command describes, or every problem at once; the step's entity by id or by code. */
    private CareRoute define(Jurisdiction j, String code, RouteCommand c, List<FieldError> found) {
        List<StepCommand> commands = c.steps() == null ? List.of() : c.steps().stream().filter(s -> s != null).toList();
        List<CareRoute.Step> steps = new ArrayList<>();
        for (StepCommand s : commands) {
            Optional<ActorSummary> a = s.actorId() != null ? actors.byId(s.actorId())
                    : s.actorCode() != null && !s.actorCode().isBlank() ? actors.byCode(j.id(), s.actorCode().strip())
                            : Optional.empty();
            Long actorId = a.filter(x -> x.jurisdictionId() == j.id()).map(ActorSummary::id).orElse(null);
            steps.add(new CareRoute.Step(s.name(), s.description(), actorId, s.serviceId(), s.maxDays(),
                    s.conditions()));
        }
        found.addAll(unknownServices(j, commands));
        return CareRoute.define(j.id(), j.name(), code, c.name(), c.description(), c.needCategory(), steps, found);
    }

    /** The services the steps name that are not active in the jurisdiction. */
    private List<FieldError> unknownServices(Jurisdiction j, List<StepCommand> steps) {
        Set<Long> services = new HashSet<>();
        steps.stream().map(StepCommand::serviceId).filter(s -> s != null).forEach(services::add);
        List<FieldError> errors = new ArrayList<>();
        if (!services.isEmpty()) {
            Set<Long> known = new HashSet<>(catalog.services(j.id()).stream().map(s -> s.id()).toList());
            for (Long s : services) {
                if (!known.contains(s)) {
                    errors.add(new FieldError("steps",
                            "El servicio " + s + " no existe o no está activo en " + j.name() + "."));
                }
            }
        }
        return errors;
    }

    List<RouteView> routes(Jurisdiction j) {
        return reads.routes(j.id());
    }

    RouteView requireRoute(long id, CurrentUser user) {
        return requireRoute(id, null, user);
    }

    /** A route as of one of its versions (the one in force when {@code version} is null). */
    RouteView requireRoute(long id, Integer version, CurrentUser user) {
        RouteView r = reads.route(id, version).orElseThrow(() -> new NotFoundException(
                "No existe la ruta " + id + (version == null ? "" : " en su versión " + version) + "."));
        long j = repository.jurisdictionOf(id).orElseThrow();
        if (!AccessPolicy.reachesJurisdiction(user, Capability.READ_TERRITORIAL_INFO, j)) {
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
        RouteStatus.valueOf(route.standing().status()).requireApplicable(route.name());
        if (c.personId() == null) {
            throw new ValidationException("personId", "Indique la persona a quien se aplica la ruta.");
        }
        Households.PersonRef person = households.requireUsablePerson(c.personId(), user);
        long routeJ = repository.jurisdictionOf(routeId).orElseThrow();
        if (person.jurisdictionId() != routeJ) {
            throw new ValidationException("personId", "La persona es de otra jurisdicción que la ruta.");
        }
        if (!ReferralAccess.canSend(user)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no aplica rutas.");
        }
        // the version in force now: the person stays on it whatever later versions change
        long appId = repository.addApplication(routeJ, routeId, route.routeVersion(), person, user.username());
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
        return reads.application(id, territories.scopeOf(user, Capability.READ_PERSONAL_DATA));
    }
}
