package org.minga.platform.internal.admin;

import org.minga.platform.Capability;
import org.minga.platform.FormPages;
import org.minga.platform.Requires;
import java.util.ArrayList;
import java.util.List;

import org.minga.platform.FieldError;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewUser;
import org.minga.platform.PageRequest;
import org.minga.platform.Role;
import org.minga.platform.TerritoryLookup;
import org.minga.platform.ValidationException;
import org.minga.platform.internal.security.UserAccountService;
import org.minga.platform.internal.security.UserAccountService.UserSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User accounts: list, create, change role and scope, reset password, unlock. */
@Requires(Capability.ADMINISTER_USERS)
@Controller
@RequestMapping("/admin/users")
record UserAdminPages(UserAccountService accounts, Jurisdictions jurisdictions, TerritoryLookup territories) {

    /** The user form as typed: the territory is given by its code within the jurisdiction. */
    record UserForm(String username, String password, String fullName, String email, Role role, String jurisdiction,
            String territoryCode, Boolean enabled) {
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return java.util.Arrays.stream(Role.values()).filter(Role::assignable).toArray(Role[]::new);
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        AdminPages.requireAdmin();
        model.addAttribute("users", accounts.page(PageRequest.of(page, 50)));
        model.addAttribute("jurisdictions", jurisdictions.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserForm("", "", "", "", Role.LOCAL, "", "", true));
        }
        return "admin/users";
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
        AdminPages.requireAdmin();
        return FormPages.orPage(model, () -> {
            Scope scope = scope(form);
            accounts.create(new NewUser(form.username(), form.password(), form.fullName(), form.email(), form.role(),
                    scope.jurisdictionId(), scope.territoryId()));
            redirect.addFlashAttribute("notice", "Usuario " + form.username() + " creado.");
            return "redirect:/admin/users";
        }, () -> list(0, model));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        AdminPages.requireAdmin();
        UserSummary u = accounts.summary(id);
        model.addAttribute("user", u);
        model.addAttribute("oidcAccount", accounts.singleSignOnAccount(id).orElse(""));
        model.addAttribute("jurisdictions", jurisdictions.all());
        if (!model.containsAttribute("form")) {
            String jCode = u.jurisdictionId() == null ? ""
                    : jurisdictions.byId(u.jurisdictionId()).orElseThrow().code();
            model.addAttribute("form", new UserForm(u.username(), "", u.fullName(), u.email(), u.role(), jCode,
                    u.territoryCode() == null ? "" : u.territoryCode(), u.enabled()));
        }
        return "admin/user";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserForm form, Model model,
            RedirectAttributes redirect) {
        AdminPages.requireAdmin();
        return FormPages.orPage(model, () -> {
            Scope scope = scope(form);
            accounts.update(id, form.fullName(), form.email(), form.role(), scope.jurisdictionId(), scope.territoryId(),
                    form.enabled() != null && form.enabled());
            if (form.password() != null && !form.password().isBlank()) {
                accounts.resetPassword(id, form.password());
            }
            redirect.addFlashAttribute("notice", "Cambios guardados.");
            return "redirect:/admin/users/" + id;
        }, () -> edit(id, model));
    }

    /** Links the user to an account of the government's identity provider (blank: unlinks). */
    @PostMapping("/{id}/single-sign-on")
    String linkSingleSignOn(@PathVariable long id, @RequestParam(defaultValue = "") String oidcAccount, Model model,
            RedirectAttributes redirect) {
        AdminPages.requireAdmin();
        return FormPages.orPage(model, () -> {
            accounts.linkSingleSignOn(id, oidcAccount);
            redirect.addFlashAttribute("notice", oidcAccount.isBlank() ? "Cuenta institucional desvinculada."
                    : "Cuenta institucional vinculada.");
            return "redirect:/admin/users/" + id;
        }, () -> edit(id, model));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        AdminPages.requireAdmin();
        accounts.unlock(id);
        redirect.addFlashAttribute("notice", "Cuenta desbloqueada.");
        return "redirect:/admin/users/" + id;
    }

    private record Scope(Long jurisdictionId, Long territoryId) {
    }

    private Scope scope(UserForm form) {
        List<FieldError> errors = new ArrayList<>();
        Long jurisdictionId = null;
        Long territoryId = null;
        if (form.jurisdiction() != null && !form.jurisdiction().isBlank()) {
            jurisdictionId = jurisdictions.byCode(form.jurisdiction()).map(j -> j.id()).orElse(null);
            if (jurisdictionId == null) {
                errors.add(new FieldError("jurisdiction", "La jurisdicción no existe."));
            } else if (form.territoryCode() != null && !form.territoryCode().isBlank()) {
                territoryId = territories.idByCode(jurisdictionId, form.territoryCode().trim()).orElse(null);
                if (territoryId == null) {
                    errors.add(new FieldError("territoryCode", "No existe un territorio con código "
                            + form.territoryCode().trim() + " en la jurisdicción."));
                }
            }
        } else if (form.territoryCode() != null && !form.territoryCode().isBlank()) {
            errors.add(new FieldError("territoryCode", "Elija primero la jurisdicción del territorio."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Scope(jurisdictionId, territoryId);
    }
}
