package org.minga.planning.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minga.planning.PlannedWork;
import org.minga.planning.internal.ActionPlanReadModel.ActionPlanView;
import org.minga.planning.internal.ActionPlanReadModel.PlanActionView;
import org.minga.planning.internal.ActionPlanReadModel.FundingSourceView;
import org.minga.planning.internal.ActionPlanReadModel.GoalChoice;
import org.minga.planning.internal.BudgetFiguresReadModel.Breakdown;
import org.minga.planning.internal.BudgetFiguresReadModel.Rollup;
import org.minga.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * An action plan as its page and the API show it: each action with its figures and the work done under it (titles
 * from the {@link PlannedWork} beans of the owning modules), each goal's and the plan's roll-up.
 */
@Component
public record ActionPlanSheets(ActionPlanning planning, ActionPlanReadModel read, BudgetFiguresReadModel figures,
        AgreementReadModel agreements, List<PlannedWork> works) {

    /** A piece of work tied to an action, as its module names it. */
    public record LinkedWork(String kind, String kindLabel, long id, String title, LocalDate on, String detail) {
    }

    public record ActionSheet(PlanActionView action, Breakdown figures, List<LinkedWork> works) {
    }

    public record GoalSheet(GoalChoice goal, Breakdown figures, List<ActionSheet> actions) {
    }

    /** A kind of work and the works of the jurisdiction that may be tied to an action. */
    public record WorkChoices(String kind, String label, List<PlannedWork.WorkItem> works) {
    }

    public record ActionPlanSheet(ActionPlanView actionPlan, String currency, Breakdown planFigures,
            List<GoalSheet> goals,
            List<FundingSourceView> sources, List<WorkChoices> workChoices,
            List<AgreementReadModel.AgreementView> agreements) {
    }

    public ActionPlanSheet sheet(CurrentUser user, long actionPlanId) {
        ActionPlanView ap = planning.actionPlan(user, actionPlanId);
        Rollup rollup = figures.rollup(ap.planId());
        Map<String, Map<Long, PlannedWork.WorkItem>> byKind = new HashMap<>();
        List<WorkChoices> choices = works.stream().map(w -> {
            List<PlannedWork.WorkItem> all = w.works(ap.jurisdictionId());
            Map<Long, PlannedWork.WorkItem> ids = new HashMap<>();
            all.forEach(x -> ids.put(x.id(), x));
            byKind.put(w.kind(), ids);
            return new WorkChoices(w.kind(), w.label(), all);
        }).toList();
        Map<String, String> labels = new HashMap<>();
        works.forEach(w -> labels.put(w.kind(), w.label()));
        List<PlanActionView> actions = read.actions(actionPlanId);
        List<GoalSheet> goals = read.goals(ap.planId()).stream().map(g -> new GoalSheet(g, rollup.goal(g.id()),
                actions.stream().filter(a -> a.goalId() == g.id())
                        .map(a -> new ActionSheet(a, rollup.action(a.id()), a.links().stream().map(l -> {
                            PlannedWork.WorkItem w = byKind.getOrDefault(l.kind(), Map.of()).get(l.workId());
                            return new LinkedWork(l.kind(), labels.getOrDefault(l.kind(), l.kind()), l.workId(),
                                    w == null ? "#" + l.workId() : w.title(), w == null ? null : w.on(),
                                    w == null ? null : w.detail());
                        }).toList())).toList()))
                .toList();
        return new ActionPlanSheet(ap, ap.currency(), rollup.plan(), goals, read.fundingSources(ap.jurisdictionId()),
                choices, agreements.ofActionPlan(actionPlanId));
    }
}
