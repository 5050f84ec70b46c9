package org.minga.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.minga.planning.internal.domain.PlanActionStatus;
import org.minga.planning.internal.domain.ResourceKind;
import org.minga.platform.FormPages;
import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages: an action plan with its actions by goal, resources, execution, status and the work tied to each action. */
@Requires(Capability.READ_AGGREGATES)
@Controller
record ActionPlanPages(ActionPlanning planning, ActionExecution execution, ActionPlanSheets sheets,
        ActionPlanReadModel read, Agreements agreements, ActionPlanExports exports) {

    @GetMapping("/planning/action-plans/{id}")
    String actionPlan(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        ActionPlanSheets.ActionPlanSheet sheet = sheets.sheet(user, id);
        model.addAttribute("sheet", sheet);
        model.addAttribute("statuses", PlanActionStatus.values());
        model.addAttribute("resourceKinds", ResourceKind.values());
        model.addAttribute("agreementKinds", org.minga.planning.internal.domain.AgreementKind.values());
        model.addAttribute("canWrite", AccessPolicy.holds(user.role(), Capability.MANAGE_PLANS));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.<FieldError>of());
        }
        return "planning/action-plan";
    }

    /** The action plan as a file: {@code xlsx}, {@code csv} or {@code pdf}. */
    @GetMapping("/planning/action-plans/{id}/export")
    org.springframework.http.ResponseEntity<byte[]> export(@PathVariable long id,
            @RequestParam(defaultValue = "xlsx") String format) {
        return exports.export(CurrentUsers.require(), id, format);
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/action-plans/{id}/actions")
    String addAction(@PathVariable long id, @RequestParam(required = false) Long goalId,
            @RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String responsibles,
            @RequestParam(required = false) String coordinationStrategy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) String territories, Model model) {
        return FormPages.orPage(model, () -> {
            planning.addAction(CurrentUsers.requireWriter(), id, new ActionPlanning.NewAction(goalId, code, name,
                    split(responsibles, "[;\\n]"), coordinationStrategy, startsOn, endsOn, split(territories, ",")));
            return "redirect:/planning/action-plans/" + id;
        }, () -> actionPlan(id, model));
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/plan-actions/{action}/resources")
    String addResource(@PathVariable long action, @RequestParam(required = false) String entity,
            @RequestParam(required = false) String investmentLine, @RequestParam(required = false) String source,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String description,
            @RequestParam(required = false) BigDecimal planned, @RequestParam(required = false) BigDecimal committed,
            @RequestParam(required = false) BigDecimal executed, Model model) {
        long ap = owner(action);
        return FormPages.orPage(model, () -> {
            execution.assignResource(CurrentUsers.requireWriter(), action, new ActionExecution.NewResource(entity,
                    investmentLine, source, kind, description, planned, committed, executed));
            return "redirect:/planning/action-plans/" + ap;
        }, () -> actionPlan(ap, model));
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/plan-actions/{action}/resources/{index}")
    String recordExecution(@PathVariable long action, @PathVariable int index,
            @RequestParam(required = false) BigDecimal committed, @RequestParam(required = false) BigDecimal executed,
            @RequestParam int version, Model model) {
        long ap = owner(action);
        return FormPages.orPage(model, () -> {
            execution.recordExecution(CurrentUsers.requireWriter(), action, index, committed, executed, version);
            return "redirect:/planning/action-plans/" + ap;
        }, () -> actionPlan(ap, model));
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/plan-actions/{action}/status")
    String move(@PathVariable long action, @RequestParam(required = false) String status, Model model) {
        long ap = owner(action);
        return FormPages.orPage(model, () -> {
            execution.move(CurrentUsers.requireWriter(), action, status);
            return "redirect:/planning/action-plans/" + ap;
        }, () -> actionPlan(ap, model));
    }

    /** The work picker submits "kind:id" (e.g. "fair:12"). */
    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/plan-actions/{action}/links")
    String link(@PathVariable long action, @RequestParam(required = false) String work, Model model) {
        long ap = owner(action);
        return FormPages.orPage(model, () -> {
            String[] kindAndId = work == null ? new String[0] : work.split(":");
            if (kindAndId.length != 2 || !kindAndId[1].matches("\\d{1,18}")) {
                throw new ValidationException("work", "Elija el trabajo que se vincula a la acción.");
            }
            execution.link(CurrentUsers.requireWriter(), action, kindAndId[0], Long.parseLong(kindAndId[1]));
            return "redirect:/planning/action-plans/" + ap;
        }, () -> actionPlan(ap, model));
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/plan-actions/{action}/links/delete")
    String unlink(@PathVariable long action, @RequestParam String kind, @RequestParam long workId) {
        long ap = owner(action);
        execution.unlink(CurrentUsers.requireWriter(), action, kind, workId);
        return "redirect:/planning/action-plans/" + ap;
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/action-plans/{id}/sources")
    String addSource(@PathVariable long id, @RequestParam(required = false) String code,
            @RequestParam(required = false) String name, Model model) {
        return FormPages.orPage(model, () -> {
            CurrentUser user = CurrentUsers.requireWriter();
            planning.addFundingSource(user, planning.actionPlan(user, id).jurisdictionId(),
                    new ActionPlanning.NewFundingSource(code, name));
            return "redirect:/planning/action-plans/" + id;
        }, () -> actionPlan(id, model));
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/action-plans/{id}/agreements")
    String sign(@PathVariable long id, @RequestParam(required = false) String code,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String parties,
            @RequestParam(required = false) String object, @RequestParam(required = false) BigDecimal value,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) List<Long> fundedActions,
            @RequestParam(required = false) String documentTitle, @RequestParam(required = false) String documentUrl,
            Model model) {
        return FormPages.orPage(model, () -> {
            agreements.sign(CurrentUsers.requireWriter(), id, new Agreements.NewAgreement(code, kind,
                    split(parties, "\\n"), object, value, startsOn, endsOn, fundedActions, null, documentTitle,
                    documentUrl));
            return "redirect:/planning/action-plans/" + id;
        }, () -> actionPlan(id, model));
    }

    private long owner(long action) {
        return read.actionPlanOf(action)
                .orElseThrow(() -> new org.minga.platform.NotFoundException("La acción " + action + " no existe."));
    }

    private static List<String> split(String text, String separator) {
        return text == null ? List.of()
                : Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

}
