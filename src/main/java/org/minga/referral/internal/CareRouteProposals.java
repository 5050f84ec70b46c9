package org.minga.referral.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.offer.ValueGroup;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AccessScope;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Labels;
import org.minga.platform.LinkTargets;
import org.minga.platform.LinkTargets.Target;
import org.minga.platform.ValidationException;
import org.minga.referral.internal.CareRouteViews.Prefill;
import org.minga.referral.internal.CareRouteViews.ProposalCommand;
import org.minga.referral.internal.CareRouteViews.RouteCommand;
import org.minga.referral.internal.CareRouteViews.RouteView;
import org.minga.referral.internal.domain.CareRoute;
import org.minga.referral.internal.domain.RouteStatus;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care routes proposed from a community priority (issue 24): a need the community raised in a dialogue or workshop,
 * as participation offers it ({@link LinkTargets} of kind {@value #KIND}; referral reads none of its tables),
 * prefills a route (name, population, territory) that keeps the priority as its origin and stays proposed until
 * those who configure the jurisdiction's routes approve it; only then is it applied to people.
 */
@Service
class CareRouteProposals {

    static final String KIND = "community-priority";

    private final CareRouteService routes;
    private final CareRouteRepository repository;
    private final Optional<LinkTargets> priorities;
    private final Territories territories;
    private final Jurisdictions jurisdictions;
    private final Labels labels;
    private final AuditLog audit;

    CareRouteProposals(CareRouteService routes, CareRouteRepository repository, List<LinkTargets> links,
            Territories territories, Jurisdictions jurisdictions, Labels labels, AuditLog audit) {
        this.routes = routes;
        this.repository = repository;
        this.priorities = links.stream().filter(l -> l.kind().equals(KIND)).findFirst();
        this.territories = territories;
        this.jurisdictions = jurisdictions;
        this.labels = labels;
        this.audit = audit;
    }

    /** The priorities within the user's participation scope, for the picker of the routes page. */
    @Bean
    Choices communityPriorityChoices() {
        return Choices.of("community-priorities", (query, user, limit) -> {
            AccessScope scope = territories.scopeOf(user, Capability.RUN_PARTICIPATION);
            return priorities.map(p -> p.find(query, scope, limit)).orElse(List.of()).stream()
                    .map(t -> new Choices.Choice(KIND + ":" + t.id(), t.title(), t.detail())).toList();
        }, Capability.RUN_PARTICIPATION);
    }

    /** What the priority named ({@code community-priority:id} or the id) gives a route, within the user's reach. */
    Prefill prefill(Jurisdiction j, String priority, CurrentUser user) {
        if (!AccessPolicy.holds(user.role(), Capability.RUN_PARTICIPATION)) {
            throw new ForbiddenException("Su rol (" + user.role().label()
                    + ") no propone rutas desde las prioridades de la comunidad.");
        }
        String typed = priority == null ? "" : priority.strip();
        String id = typed.startsWith(KIND + ":") ? typed.substring(KIND.length() + 1) : typed;
        AccessScope scope = territories.scopeOf(user, Capability.RUN_PARTICIPATION);
        Target t = id.matches("\\d{1,18}") ? priorities.flatMap(p -> p.byId(j.id(), Long.parseLong(id)))
                .filter(x -> scope.includes(x.jurisdictionId(), x.territoryPath())).orElse(null) : null;
        if (t == null) {
            throw new ValidationException("priority", "Elija una prioridad de la comunidad de " + j.name()
                    + " en su territorio (una necesidad planteada en un diálogo o taller).");
        }
        List<LinkTargets.Figure> figures = priorities.get().outcome(j.id(), t.id())
                .map(LinkTargets.Outcome::figures).orElse(List.of());
        String population = figures.stream().filter(f -> f.key().equals("population")).findFirst()
                .flatMap(f -> labels.parse(ValueGroup.class, f.value().split(",")[0].strip()))
                .map(Enum::name).orElse(null);
        String theme = figures.stream().filter(f -> f.key().equals("theme")).map(LinkTargets.Figure::value)
                .findFirst().orElse(null);
        String[] path = t.territoryPath().split("/");
        Long territoryId = Long.valueOf(path[path.length - 1]);
        String name = theme == null ? t.title() : "Ruta de " + theme.substring(0, 1).toLowerCase() + theme.substring(1);
        return new Prefill(KIND + ":" + t.id(), t.title(), t.detail(), t.href(), name, population, territoryId,
                territories.byId(territoryId).map(TerritoryView::name).orElse(null), figures);
    }

    /**
     * A route proposed from a priority: the route as given, its population and territory as given or else the
     * priority's, proposed (not applied to anyone) until approved.
     */
    @Transactional
    RouteView propose(Jurisdiction j, ProposalCommand c, CurrentUser user) {
        Prefill from = prefill(j, c.priority(), user);
        List<FieldError> errors = new ArrayList<>();
        ValueGroup population = c.population() == null || c.population().isBlank()
                ? Optional.ofNullable(from.population()).map(ValueGroup::valueOf).orElse(null)
                : labels.parse(ValueGroup.class, c.population()).orElse(null);
        if (c.population() != null && !c.population().isBlank() && population == null) {
            errors.add(new FieldError("population",
                    "La población debe ser una de: " + Labels.allowedWords(ValueGroup.class) + "."));
        }
        Long territoryId = c.territoryId() == null ? from.territoryId() : c.territoryId();
        if (territories.byId(territoryId).filter(t -> t.jurisdictionId() == j.id()).isEmpty()) {
            errors.add(new FieldError("territoryId", "El territorio de la ruta debe ser de " + j.name() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String code = c.code() == null || c.code().isBlank() ? "RUTA-PC-" + from.priority().substring(KIND.length() + 1)
                : c.code();
        RouteView added = routes.add(j, new RouteCommand(code, c.name() == null ? from.name() : c.name(),
                c.description(), c.needCategory(), c.steps()), user);
        long originId = Long.parseLong(from.priority().substring(KIND.length() + 1));
        repository.propose(added.id(), new CareRoute.Proposal(population, territoryId, KIND, originId, from.title()),
                user.username());
        RouteView v = routes.requireRoute(added.id(), user);
        audit.record("PROPOSE", "care_route", v.id(), j.id(), "Ruta de atención propuesta desde una prioridad de la "
                + "comunidad: " + v.name(), null, Map.of("priority", from.priority()));
        return v;
    }

    /** Puts a proposed route in force: only those who configure the whole jurisdiction's routes approve it. */
    @Transactional
    RouteView approve(long id, CurrentUser user) {
        RouteView r = routes.requireRoute(id, user);
        Jurisdiction j = jurisdictions.byCode(r.jurisdictionCode()).orElseThrow();
        if (!AccessPolicy.reachesWholeJurisdiction(user, Capability.CONFIGURE_JURISDICTION, j.id())) {
            throw new ForbiddenException("Solo quienes configuran las rutas de atención de " + j.name()
                    + " aprueban una ruta propuesta.");
        }
        repository.approve(id, RouteStatus.valueOf(r.standing().status()).approve(r.name()), user.username());
        RouteView v = routes.requireRoute(id, user);
        audit.record("APPROVE", "care_route", id, j.id(), "Ruta de atención aprobada: " + v.name(),
                r.standing(), v.standing());
        return v;
    }
}
