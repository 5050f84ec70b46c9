package org.minga.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.minga.planning.internal.ActionPlanReadModel.ActionPlanView;
import org.minga.planning.internal.ActionPlanReadModel.FundingSourceView;
import org.minga.planning.internal.PlanReadModel.PlanView;
import org.minga.planning.internal.domain.ActionPlan;
import org.minga.planning.internal.domain.ActionPlanKind;
import org.minga.planning.internal.domain.ActionTerritory;
import org.minga.planning.internal.domain.FundingSource;
import org.minga.planning.internal.domain.Money;
import org.minga.planning.internal.domain.PlanAction;
import org.minga.planning.ResponsibleEntities;
import org.minga.planning.internal.domain.Responsible;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws {@link ActionPlan}s under a plan, adds their {@link PlanAction}s under the plan's goals, and keeps each
 * jurisdiction's catalogue of {@link FundingSource}s.
 */
@Service
@RequiredArgsConstructor
public class ActionPlanning {

    public record NewActionPlan(String code, String name, String kind, String description) {
    }

    public record NewAction(Long goalId, String code, String name, List<String> responsibles,
            String coordinationStrategy, LocalDate startsOn, LocalDate endsOn, List<String> territories) {
    }

    public record NewFundingSource(String code, String name) {
    }

    private final ActionPlanRepository actionPlans;
    private final PlanActionRepository actions;
    private final FundingSourceRepository sources;
    private final ActionPlanReadModel read;
    private final PlanService planService;
    private final Territories territories;
    private final Jurisdictions jurisdictions;
    private final Labels labels;
    private final AuditLog audit;

    private final List<ResponsibleEntities> entities;

    /** An action plan the user may see; otherwise not found. */
    public ActionPlanView actionPlan(CurrentUser user, long id) {
        ActionPlanView a = read.actionPlan(id)
                .orElseThrow(() -> new NotFoundException("El plan de acción " + id + " no existe."));
        planService.plan(user, a.planId());
        return a;
    }

    @Transactional
    public ActionPlanView createActionPlan(CurrentUser user, long planId, NewActionPlan cmd) {
        PlanView plan = writablePlan(user, planId);
        ActionPlanKind kind = cmd.kind() == null ? null : labels.parse(ActionPlanKind.class, cmd.kind()).orElse(null);
        Jurisdiction j = jurisdictions.byId(plan.jurisdictionId()).orElseThrow();
        ActionPlan.Draft draft = new ActionPlan.Draft(plan.jurisdictionId(), planId, cmd.code(), cmd.name(), kind,
                Money.currencyOf(j.country()), cmd.description());
        if (read.codeTaken(plan.jurisdictionId(), draft.code().strip())) {
            throw new ValidationException("code", "Ya existe un plan de acción con el código " + draft.code().strip()
                    + ".");
        }
        long id = actionPlans.save(ActionPlan.draw(draft)).id().value();
        audit.record("action-plan.create", "action_plan", id, plan.jurisdictionId(), "Plan de acción " + cmd.name(),
                null, cmd);
        return actionPlan(user, id);
    }

    @Transactional
    public long addAction(CurrentUser user, long actionPlanId, NewAction cmd) {
        ActionPlanView ap = actionPlan(user, actionPlanId);
        PlanView plan = writablePlan(user, ap.planId());
        if (cmd.goalId() == null || read.goals(ap.planId()).stream().noneMatch(g -> g.id() == cmd.goalId())) {
            throw new ValidationException("goalId", "Elija una meta de este plan para la acción.");
        }
        List<ActionTerritory> where = new ArrayList<>();
        for (String code : cmd.territories() == null ? List.<String>of() : cmd.territories()) {
            if (code == null || code.isBlank()) {
                continue;
            }
            TerritoryView t = territories.byCode(plan.jurisdictionId(), code.strip())
                    .orElseThrow(() -> new ValidationException("territories",
                            "El territorio «" + code.strip() + "» no existe en esta jurisdicción."));
            territories.requireVisible(t.id(), user);
            where.add(new ActionTerritory(t.id(), t.path()));
        }
        PlanAction.Draft draft = new PlanAction.Draft(actionPlanId, cmd.goalId(), cmd.code(), cmd.name(),
                responsibles(plan.jurisdictionId(), cmd.responsibles()), cmd.coordinationStrategy(), cmd.startsOn(),
                cmd.endsOn(), where,
                java.util.Currency.getInstance(ap.currency()));
        if (read.actionCodeTaken(actionPlanId, draft.code().strip())) {
            throw new ValidationException("code", "Ya hay una acción con el código " + draft.code().strip()
                    + " en este plan de acción.");
        }
        long id = actions.save(PlanAction.plan(draft)).id().value();
        audit.record("plan-action.create", "plan_action", id, plan.jurisdictionId(), "Acción " + cmd.name(), null,
                cmd);
        return id;
    }

    /** The entity a name, code or acronym names among the jurisdiction's actors, or the name as written. */
    Responsible responsible(long jurisdictionId, String text) {
        String t = text.strip();
        return entities.stream().map(e -> e.find(jurisdictionId, t)).flatMap(java.util.Optional::stream).findFirst()
                .map(e -> new Responsible(e.name(), e.id())).orElse(new Responsible(t, null));
    }

    private List<Responsible> responsibles(long jurisdictionId, List<String> names) {
        return names == null ? List.of()
                : names.stream().filter(n -> n != null && !n.isBlank()).map(n -> responsible(jurisdictionId, n))
                        .toList();
    }

    public List<FundingSourceView> fundingSources(long jurisdictionId) {
        return read.fundingSources(jurisdictionId);
    }

    @Transactional
    public FundingSourceView addFundingSource(CurrentUser user, long jurisdictionId, NewFundingSource cmd) {
        if (!territories.scopeOf(user).includesJurisdiction(jurisdictionId)) {
            throw new NotFoundException("La jurisdicción " + jurisdictionId + " no existe.");
        }
        FundingSource s = FundingSource.add(jurisdictionId, cmd.code(), cmd.name(),
                read.nextSourcePosition(jurisdictionId));
        if (read.fundingSources(jurisdictionId).stream().anyMatch(f -> f.code().equals(s.code()))) {
            throw new ValidationException("code", "La fuente " + s.code() + " ya está en el catálogo.");
        }
        long id = sources.save(s).id().value();
        audit.record("funding-source.create", "funding_source", id, jurisdictionId, "Fuente " + s.name(), null, cmd);
        return new FundingSourceView(id, s.code(), s.name());
    }

    private PlanView writablePlan(CurrentUser user, long planId) {
        PlanView plan = planService.plan(user, planId);
        territories.requireVisible(plan.territoryId(), user);
        return plan;
    }
}
