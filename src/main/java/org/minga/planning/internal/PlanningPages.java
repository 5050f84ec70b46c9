package org.minga.planning.internal;

import org.minga.platform.FormPages;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.internal.IndicatorReadModel.IndicatorView;
import org.minga.planning.internal.PlanReadModel.PlanView;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.NavigationItem;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages: plans and their tree, indicators with the before/after table, the indicator sheet with its forecast. */
@Requires(Capability.READ_AGGREGATES)
@Controller
record PlanningPages(PlanService planService, IndicatorService indicatorService, IndicatorFigures figures,
        IndicatorReports reports, TerritoryTree tree, org.minga.platform.Jurisdictions jurisdictions,
        ActionPlanning actionPlanning, ActionPlanReadModel actionPlans) {

    @Bean
    static NavigationItem planningNavigation() {
        return NavigationItem.needing("planning", "Planeación", "/planning", 80, Capability.READ_AGGREGATES);
    }

    /** Territories to plan for: the user's roots and one level below. */
    private List<TerritoryView> territoryChoices(CurrentUser user) {
        List<TerritoryView> out = new ArrayList<>();
        for (org.minga.platform.Jurisdiction j : jurisdictions.visibleTo(user)) {
            for (TerritoryView r : tree.roots(user, j.id())) {
                out.add(r);
                out.addAll(tree.children(user, r.id()));
            }
        }
        return out;
    }

    @GetMapping("/planning")
    String index(Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("plans", planService.plans(user));
        model.addAttribute("types", org.minga.planning.internal.domain.PlanType.values());
        model.addAttribute("territoryChoices", territoryChoices(user));
        model.addAttribute("canWrite", AccessPolicy.holds(user.role(), Capability.MANAGE_PLANS));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.<FieldError>of());
        }
        return "planning/index";
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/plans")
    String createPlan(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String type, @RequestParam(required = false) Long territoryId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) String description, Model model) {
        return FormPages.orPage(model, () -> {
            PlanView p = planService.createPlan(CurrentUsers.requireWriter(),
                    new PlanService.NewPlan(code, name, type, territoryId, startsOn, endsOn, description));
            return "redirect:/planning/plans/" + p.id();
        }, () -> index(model));
    }

    @GetMapping("/planning/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        PlanView p = planService.plan(user, id);
        model.addAttribute("plan", p);
        model.addAttribute("nodes", planService.nodes(id));
        List<IndicatorView> indicators = indicatorService.indicators(user, id);
        model.addAttribute("indicators", indicators);
        TerritoryView t = reports.territoryFor(user, p.jurisdictionId(),
                user.territoryId() != null ? null : p.territoryId());
        model.addAttribute("territory", t);
        model.addAttribute("beforeAfter", indicators.stream()
                .map(i -> figures.beforeAfter(user, i, t, org.minga.platform.Times.todayHere())).toList());
        model.addAttribute("kinds", org.minga.planning.internal.domain.NodeKind.values());
        model.addAttribute("actionPlans", actionPlans.ofPlan(id));
        model.addAttribute("actionPlanKinds", org.minga.planning.internal.domain.ActionPlanKind.values());
        model.addAttribute("periodicities", org.minga.planning.internal.domain.Periodicity.values());
        model.addAttribute("directions", IndicatorDirection.values());
        model.addAttribute("sources", indicatorService.sources());
        model.addAttribute("sdg", planService.sdgs());
        model.addAttribute("canWrite", AccessPolicy.holds(user.role(), Capability.MANAGE_PLANS));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.<FieldError>of());
        }
        return "planning/plan";
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/plans/{id}/nodes")
    String addNode(@PathVariable long id, @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String responsibleUnit,
            @RequestParam(required = false) BigDecimal budgetPlanned,
            @RequestParam(required = false) BigDecimal budgetExecuted, Model model) {
        return FormPages.orPage(model, () -> {
            planService.addNode(CurrentUsers.requireWriter(), id,
                    new PlanService.NewNode(parentId, kind, code, name, responsibleUnit, budgetPlanned,
                            budgetExecuted));
            return "redirect:/planning/plans/" + id;
        }, () -> plan(id, model));
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/plans/{id}/nodes/{node}/budget")
    String budget(@PathVariable long id, @PathVariable long node,
            @RequestParam(required = false) BigDecimal budgetExecuted,
            @RequestParam int version, Model model) {
        return FormPages.orPage(model, () -> {
            planService.updateBudget(CurrentUsers.requireWriter(), id, node, budgetExecuted, version);
            return "redirect:/planning/plans/" + id;
        }, () -> plan(id, model));
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/plans/{id}/action-plans")
    String createActionPlan(@PathVariable long id, @RequestParam(required = false) String code,
            @RequestParam(required = false) String name, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String description, Model model) {
        return FormPages.orPage(model, () -> "redirect:/planning/action-plans/" + actionPlanning.createActionPlan(
                CurrentUsers.requireWriter(), id, new ActionPlanning.NewActionPlan(code, name, kind, description))
                .id(), () -> plan(id, model));
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/plans/{id}/sdg")
    String linkSdg(@PathVariable long id, @RequestParam long nodeId, @RequestParam(required = false) String target,
            Model model) {
        return FormPages.orPage(model, () -> {
            planService.linkSdg(CurrentUsers.requireWriter(), id, nodeId, target);
            return "redirect:/planning/plans/" + id;
        }, () -> plan(id, model));
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/plans/{id}/indicators")
    String createIndicator(@PathVariable long id, @RequestParam(required = false) Long planNodeId,
            @RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String definition, @RequestParam(required = false) String formula,
            @RequestParam(required = false) String unit, @RequestParam(required = false) IndicatorDirection direction,
            @RequestParam(required = false) String periodicity, @RequestParam(required = false) String source,
            @RequestParam(required = false) String computedKey, @RequestParam(required = false) Double baselineValue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate baselineOn,
            Model model) {
        CurrentUser user = CurrentUsers.requireWriter();
        PlanView p = planService.plan(user, id);
        return FormPages.orPage(model, () -> {
            IndicatorView i = indicatorService.createIndicator(user, p.jurisdictionId(),
                    new IndicatorService.NewIndicator(code, planNodeId,
                            name, definition, formula, unit, direction, periodicity, source, computedKey, true,
                            baselineValue, baselineOn));
            return "redirect:/planning/indicators/" + i.id();
        }, () -> plan(id, model));
    }

    @GetMapping("/planning/indicators/{id}")
    String indicator(@PathVariable long id, @RequestParam(required = false) Long territory, Model model) {
        CurrentUser user = CurrentUsers.require();
        IndicatorReports.Sheet sheet = reports.sheet(user, id, territory, org.minga.platform.Times.todayHere());
        model.addAttribute("sheet", sheet);
        model.addAttribute("i", sheet.indicator());
        model.addAttribute("territoryChoices", territoryChoices(user));
        model.addAttribute("canWrite", AccessPolicy.holds(user.role(), Capability.MANAGE_PLANS));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.<FieldError>of());
        }
        return "planning/indicator";
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/indicators/{id}/values")
    String value(@PathVariable long id, @RequestParam(required = false) String period,
            @RequestParam(required = false) Long territoryId,
            @RequestParam(required = false) Double value, @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer version, Model model) {
        return FormPages.orPage(model, () -> {
            if (territoryId == null) {
                throw new ValidationException("territoryId", "Elija el territorio del valor.");
            }
            indicatorService.recordValue(CurrentUsers.requireWriter(), id, period, territoryId, value, note, version);
            return "redirect:/planning/indicators/" + id;
        }, () -> indicator(id, null, model));
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/indicators/{id}/targets")
    String target(@PathVariable long id, @RequestParam(required = false) String period,
            @RequestParam(required = false) Double value,
            Model model) {
        return FormPages.orPage(model, () -> {
            indicatorService.setTarget(CurrentUsers.requireWriter(), id, period, value);
            return "redirect:/planning/indicators/" + id;
        }, () -> indicator(id, null, model));
    }

    /** Runs a form's action; on bad input shows the page again with the errors, fields named. */
}
