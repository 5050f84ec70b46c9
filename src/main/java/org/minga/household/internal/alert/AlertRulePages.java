package org.minga.household.internal.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.household.internal.alert.AlertRecords.RuleUpdate;
import org.minga.household.internal.alert.AlertRecords.RuleView;
import org.minga.household.internal.shared.FormValues;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the alert rules of a jurisdiction, tuned in place, and re-running them over the households. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record AlertRulePages(AlertRuleService rules, ScopeQueries access, Jurisdictions jurisdictions) {

    @GetMapping("/alerts/rules")
    String rules(@RequestParam(required = false) String jurisdiction, Model model) {
        return rulesPage(jurisdiction, null, Map.of(), List.of(), model);
    }

    private String rulesPage(String jurisdiction, Long editing, Map<String, String> submitted, List<FieldError> errors,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        Jurisdiction j = (jurisdiction == null || jurisdiction.isBlank()) && user.jurisdictionId() == null
                && !visible.isEmpty()
                        ? visible.get(0) : access.jurisdiction(jurisdiction, user);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RuleView r : rules.rules(j.id())) {
            boolean edited = editing != null && editing == r.id();
            rows.add(row(r, edited ? submitted : null, edited ? errors : List.of()));
        }
        model.addAttribute("jurisdiction", j);
        model.addAttribute("jurisdictions", visible);
        model.addAttribute("rules", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", access.allows(user, Capability.CONFIGURE_JURISDICTION));
        model.addAttribute("canRun", access.canWrite(user));
        model.addAttribute("severities", AlertRule.SEVERITIES);
        return "household/rules";
    }

    /** A rule with the values its form shows: stored ones, or those just submitted when they were refused. */
    private static Map<String, Object> row(RuleView r, Map<String, String> submitted, List<FieldError> errors) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", r.name());
        values.put("severity", r.severity());
        values.put("dueDays", String.valueOf(r.dueDays()));
        values.put("active", String.valueOf(r.active()));
        values.put("version", String.valueOf(r.version()));
        r.params().forEach((k, v) -> values.put("p." + k, String.valueOf(v)));
        if (submitted != null) {
            values.putAll(submitted);
            values.put("active", String.valueOf(submitted.containsKey("active")));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rule", r);
        row.put("values", values);
        row.put("params", AlertRules.PARAMS.getOrDefault(r.kind(), List.of()));
        row.put("errors", errors);
        return row;
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/alerts/rules/{id}")
    String updateRule(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        RuleView r = rules.rule(id, user);
        String code = access.jurisdiction(r.jurisdictionId()).code();
        Map<String, String> params = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("p.")) {
                params.put(k.substring(2), v);
            }
        });
        Integer dueDays;
        try {
            dueDays = form.get("dueDays") == null || form.get("dueDays").isBlank() ? null
                    : Integer.valueOf(form.get("dueDays").strip());
        } catch (NumberFormatException e) {
            dueDays = -1;
        }
        Long version = FormValues.number(form.get("version"));
        try {
            rules.update(id,
                    new RuleUpdate(form.get("name"), params, form.get("severity"), dueDays, form.containsKey("active"),
                            version == null ? null : version.intValue()),
                    user);
            redirect.addFlashAttribute("saved", r.code());
            return "redirect:/alerts/rules?jurisdiction=" + code + "#rule-" + id;
        } catch (ValidationException e) {
            return rulesPage(code, id, form, e.errors(), model);
        }
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/alerts/rules/run")
    String rerun(@RequestParam(required = false) String jurisdiction, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = access.jurisdiction(jurisdiction, user);
        int opened = rules.rerun(j.code(), user);
        redirect.addFlashAttribute("opened", opened);
        return "redirect:/alerts/rules?jurisdiction=" + j.code();
    }
}
