package org.minga.planning.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import org.minga.planning.PlanActions.ServedAction;
import org.minga.planning.internal.ActionExecution.NewResource;
import org.minga.planning.internal.ActionPlanReadModel.ActionPlanView;
import org.minga.planning.internal.ActionPlanReadModel.FundingSourceView;
import org.minga.planning.internal.ActionPlanning.NewAction;
import org.minga.planning.internal.ActionPlanning.NewActionPlan;
import org.minga.planning.internal.ActionPlanning.NewFundingSource;
import org.minga.planning.internal.BudgetFiguresReadModel.Rollup;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Action plans, their actions, resources, execution, status and links, and the funding catalogue, as JSON. */
@Requires(Capability.READ_AGGREGATES)
@RestController
record ActionPlanApi(ActionPlanning planning, ActionExecution execution, ActionPlanSheets sheets,
        ActionPlanReadModel read, BudgetFiguresReadModel figures, PlanService plans, Agreements agreements,
        org.minga.platform.Jurisdictions jurisdictions, ActionPlanExports exports) {

    /** A resource line's committed and executed amounts, with the action's version read. */
    record Execution(BigDecimal committed, BigDecimal executed, int version) {
    }

    record StatusChange(String status) {
    }

    record WorkLinkRequest(String kind, long workId) {
    }

    @GetMapping("/api/v1/plans/{id}/action-plans")
    List<ActionPlanView> actionPlans(@PathVariable long id) {
        plans.plan(CurrentUsers.require(), id);
        return read.ofPlan(id);
    }

    @GetMapping("/api/v1/plans/{id}/budget")
    Rollup budget(@PathVariable long id) {
        plans.plan(CurrentUsers.require(), id);
        return figures.rollup(id);
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/api/v1/plans/{id}/action-plans")
    ResponseEntity<ActionPlanView> create(@PathVariable long id, @RequestBody NewActionPlan cmd) {
        ActionPlanView a = planning.createActionPlan(CurrentUsers.requireWriter(), id, cmd);
        return ResponseEntity.created(URI.create("/api/v1/action-plans/" + a.id())).body(a);
    }

    @GetMapping("/api/v1/action-plans/{id}")
    ActionPlanSheets.ActionPlanSheet actionPlan(@PathVariable long id) {
        return sheets.sheet(CurrentUsers.require(), id);
    }

    /** The action plan as {@code csv}, {@code xlsx} (one row per resource line) or {@code pdf}. */
    @GetMapping("/api/v1/action-plans/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "xlsx") String format) {
        return exports.export(CurrentUsers.require(), id, format);
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/api/v1/action-plans/{id}/actions")
    ResponseEntity<IdOnly> addAction(@PathVariable long id, @RequestBody NewAction cmd) {
        long action = planning.addAction(CurrentUsers.requireWriter(), id, cmd);
        return ResponseEntity.created(URI.create("/api/v1/plan-actions/" + action)).body(new IdOnly(action));
    }

    record IdOnly(long id) {
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/api/v1/action-plans/{id}/agreements")
    ResponseEntity<IdOnly> sign(@PathVariable long id, @RequestBody Agreements.NewAgreement cmd) {
        long agreement = agreements.sign(CurrentUsers.requireWriter(), id, cmd);
        return ResponseEntity.created(URI.create("/api/v1/action-plans/" + id)).body(new IdOnly(agreement));
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/api/v1/plan-actions/{id}/resources")
    IdOnly addResource(@PathVariable long id, @RequestBody NewResource cmd) {
        execution.assignResource(CurrentUsers.requireWriter(), id, cmd);
        return new IdOnly(id);
    }

    @Requires(Capability.MANAGE_PLANS)
    @PutMapping("/api/v1/plan-actions/{id}/resources/{index}")
    IdOnly recordExecution(@PathVariable long id, @PathVariable int index, @RequestBody Execution cmd) {
        execution.recordExecution(CurrentUsers.requireWriter(), id, index, cmd.committed(), cmd.executed(),
                cmd.version());
        return new IdOnly(id);
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/api/v1/plan-actions/{id}/status")
    IdOnly move(@PathVariable long id, @RequestBody StatusChange cmd) {
        execution.move(CurrentUsers.requireWriter(), id, cmd.status());
        return new IdOnly(id);
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/api/v1/plan-actions/{id}/links")
    IdOnly link(@PathVariable long id, @RequestBody WorkLinkRequest cmd) {
        execution.link(CurrentUsers.requireWriter(), id, cmd.kind(), cmd.workId());
        return new IdOnly(id);
    }

    @Requires(Capability.MANAGE_PLANS)
    @DeleteMapping("/api/v1/plan-actions/{id}/links/{kind}/{workId}")
    ResponseEntity<Void> unlink(@PathVariable long id, @PathVariable String kind, @PathVariable long workId) {
        execution.unlink(CurrentUsers.requireWriter(), id, kind, workId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/plan-actions/served-by")
    List<ServedAction> servedBy(@RequestParam(required = false) String kind,
            @RequestParam(required = false) Long workId) {
        CurrentUsers.require();
        if (kind == null || kind.isBlank() || workId == null) {
            throw new org.minga.platform.ValidationException("kind", "Indique el tipo de trabajo y su número.");
        }
        return execution.servedBy(kind, workId);
    }

    @GetMapping("/api/v1/funding-sources")
    List<FundingSourceView> sources(@RequestParam(required = false) String jurisdiction) {
        return planning.fundingSources(jurisdictions.namedOrOwn(jurisdiction, CurrentUsers.require()).id());
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/api/v1/funding-sources")
    ResponseEntity<FundingSourceView> addSource(@RequestParam(required = false) String jurisdiction,
            @RequestBody NewFundingSource cmd) {
        org.minga.platform.CurrentUser user = CurrentUsers.requireWriter();
        FundingSourceView s = planning.addFundingSource(user, jurisdictions.namedOrOwn(jurisdiction, user).id(), cmd);
        return ResponseEntity.created(URI.create("/api/v1/funding-sources?jurisdiction=" + jurisdiction)).body(s);
    }
}
