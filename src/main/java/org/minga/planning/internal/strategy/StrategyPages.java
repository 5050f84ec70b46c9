package org.minga.planning.internal.strategy;

import java.util.List;
import java.util.Map;

import org.minga.planning.ClassifiedKind;
import org.minga.planning.StrategyDimension;
import org.minga.platform.AccessPolicy;
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

/** The strategy's categories with the figures by category, a new category, and classifying one record. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record StrategyPages(StrategyService service, Jurisdictions jurisdictions) {

    @GetMapping("/planning/strategy")
    String show(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        return page(model, user, jurisdictions.namedOrOwn(jurisdiction, user), new CategoryForm("POPULATION", "", "",
                ""), Map.of());
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/planning/strategy/categories")
    String define(@RequestParam(required = false) String jurisdiction, CategoryForm form, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        try {
            service.define(j, form, user);
            return "redirect:/planning/strategy?jurisdiction=" + j.code();
        } catch (ValidationException e) {
            return page(model, user, j, form, errors(e));
        }
    }

    private String page(Model model, CurrentUser user, Jurisdiction j, CategoryForm form, Map<String, String> errors) {
        model.addAttribute("jurisdiction", j);
        model.addAttribute("jurisdictions", jurisdictions.visibleTo(user));
        model.addAttribute("dimensions", service.byDimension(j.id(), user));
        model.addAttribute("kinds", ClassifiedKind.values());
        model.addAttribute("allDimensions", StrategyDimension.values());
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("canDefine", AccessPolicy.holds(user.role(), Capability.MANAGE_PLANS));
        return "planning/strategy";
    }

    @GetMapping("/planning/strategy/classify/{kind}/{id}")
    String classifyForm(@PathVariable String kind, @PathVariable long id, Model model) {
        ClassifiedKind k = StrategyApi.kind(kind);
        CurrentUser user = CurrentUsers.require();
        return classifyPage(model, k, id, user, service.of(k, id, user).stream().map(c -> c.code()).toList(),
                Map.of());
    }

    @PostMapping("/planning/strategy/classify/{kind}/{id}")
    String classify(@PathVariable String kind, @PathVariable long id,
            @RequestParam(name = "categories", required = false) List<String> categories, Model model) {
        ClassifiedKind k = StrategyApi.kind(kind);
        CurrentUser user = CurrentUsers.require();
        try {
            service.classify(k, id, categories, user);
            return "redirect:/planning/strategy/classify/" + k.name() + "/" + id + "?saved";
        } catch (ValidationException e) {
            return classifyPage(model, k, id, user, categories == null ? List.of() : categories,
                    errors(e));
        }
    }

    private String classifyPage(Model model, ClassifiedKind kind, long id, CurrentUser user, List<String> chosen,
            Map<String, String> errors) {
        org.minga.planning.ClassifiedSubjects.Subject subject = service.subject(kind, id, user);
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("subject", subject);
        model.addAttribute("categories", service.categories(subject.jurisdictionId()));
        model.addAttribute("chosen", chosen);
        model.addAttribute("fieldErrors", errors);
        return "planning/strategy-classify";
    }

    private static Map<String, String> errors(ValidationException e) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (FieldError fe : e.errors()) {
            m.merge(fe.field(), fe.message(), (a, b) -> a + " " + b);
        }
        return m;
    }
}
