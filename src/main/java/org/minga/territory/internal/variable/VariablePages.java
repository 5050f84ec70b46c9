package org.minga.territory.internal.variable;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The variable catalogue pages: list, create, edit, and the values of one variable. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record VariablePages(VariableCatalog catalog, Jurisdictions jurisdictions, Territories territories) {

    @GetMapping("/territories/variables")
    String list(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        Jurisdiction j = pick(jurisdiction, user, visible);
        model.addAttribute("jurisdictions", visible);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("variables", j == null ? List.of() : catalog.list(j.id()));
        model.addAttribute("canEdit", j != null && VariableCatalog.canEdit(user, j.id()));
        return "territory/variables";
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @GetMapping("/territories/variables/new")
    String createForm(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = pick(jurisdiction, user, jurisdictions.visibleTo(user));
        if (j == null) {
            throw new NotFoundException("No hay jurisdicciones en su alcance.");
        }
        return form(VariableForm.empty(j.code()), j, null, Map.of(), model);
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping("/territories/variables")
    String create(@ModelAttribute VariableForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        try {
            SocialVariable v = catalog.create(form, user);
            redirect.addFlashAttribute("saved", v.name());
            return "redirect:/territories/variables?jurisdiction=" + form.jurisdiction();
        } catch (ValidationException e) {
            Jurisdiction j = jurisdictions.requireVisible(form.jurisdiction(), user);
            return form(form, j, null, byField(e), model);
        }
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @GetMapping("/territories/variables/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        SocialVariable v = catalog.requireVisible(id, user);
        Jurisdiction j = jurisdictions.byId(v.jurisdictionId()).orElseThrow();
        return form(VariableForm.of(v, j.code()), j, v, Map.of(), model);
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping("/territories/variables/{id}")
    String update(@PathVariable long id, @ModelAttribute VariableForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        SocialVariable v = catalog.requireVisible(id, user);
        Jurisdiction j = jurisdictions.byId(v.jurisdictionId()).orElseThrow();
        try {
            SocialVariable saved = catalog.update(id, form, user);
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/territories/variables?jurisdiction=" + j.code();
        } catch (ValidationException e) {
            return form(form, j, v, byField(e), model);
        }
    }

    @GetMapping("/territories/variables/{id}")
    String values(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String level, @RequestParam(required = false) Integer page,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        SocialVariable v = catalog.requireVisible(id, user);
        List<Integer> years = catalog.years(v.id());
        Integer shownYear = year != null ? year : years.isEmpty() ? null : years.get(0);
        model.addAttribute("variable", v);
        model.addAttribute("jurisdiction", jurisdictions.byId(v.jurisdictionId()).orElseThrow());
        model.addAttribute("years", years);
        model.addAttribute("year", shownYear);
        model.addAttribute("levels", catalog.levels(v.jurisdictionId()));
        model.addAttribute("level", level);
        model.addAttribute("values", catalog.values(v, shownYear, level, territories.scopeOf(user),
                PageRequest.of(page, 50)));
        model.addAttribute("canEdit", VariableCatalog.canEdit(user, v.jurisdictionId()));
        return "territory/variables-values";
    }

    private String form(VariableForm form, Jurisdiction j, SocialVariable existing, Map<String, String> errors,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        if (!VariableCatalog.canEdit(user, j.id())) {
            throw new org.minga.platform.ForbiddenException("Solo los administradores y usuarios distritales de "
                    + j.name() + " modifican el catálogo de variables.");
        }
        model.addAttribute("form", form);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("existing", existing);
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("directions", VariableDirection.values());
        return "territory/variables-form";
    }

    private static Map<String, String> byField(ValidationException e) {
        return e.errors().stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + " " + b));
    }

    private Jurisdiction pick(String code, CurrentUser user, List<Jurisdiction> visible) {
        if (code != null && !code.isBlank()) {
            return jurisdictions.requireVisible(code.strip(), user);
        }
        if (user.jurisdictionId() != null) {
            return jurisdictions.byId(user.jurisdictionId()).orElse(null);
        }
        return visible.isEmpty() ? null : visible.get(0);
    }
}
