package org.minga.platform.internal.admin;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.minga.platform.internal.security.ApiTokens;
import org.minga.platform.internal.security.UserAccountService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * API tokens as pages: one's own ({@code /account/tokens}) and, for an administrator, any user's
 * ({@code /admin/users/{id}/tokens}). A new token's text is rendered in the answer to the POST itself, never put in
 * the session or a flash attribute: it exists nowhere but in that one answer.
 */
@Controller
record ApiTokenPages(ApiTokens tokens, UserAccountService accounts) {

    /** The form as typed: a name and the days until it expires. */
    record TokenForm(String name, Integer days) {
    }

    @Requires(Capability.SIGNED_IN)
    @GetMapping("/account/tokens")
    String own(Model model) {
        return page(CurrentUsers.require().id(), "/account/tokens", model);
    }

    @Requires(Capability.SIGNED_IN)
    @PostMapping("/account/tokens")
    String createOwn(@ModelAttribute("form") TokenForm form, Model model) {
        return create(CurrentUsers.require().id(), "/account/tokens", form, model);
    }

    @Requires(Capability.SIGNED_IN)
    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revokeOwn(@PathVariable long tokenId, RedirectAttributes redirect) {
        CurrentUser me = CurrentUsers.require();
        tokens.revoke(me.id(), tokenId, me);
        redirect.addFlashAttribute("notice", "Token revocado: deja de funcionar desde ya.");
        return "redirect:/account/tokens";
    }

    @Requires(Capability.ADMINISTER_USERS)
    @GetMapping("/admin/users/{id}/tokens")
    String ofUser(@PathVariable long id, Model model) {
        AdminPages.requireAdmin();
        return page(id, "/admin/users/" + id + "/tokens", model);
    }

    @Requires(Capability.ADMINISTER_USERS)
    @PostMapping("/admin/users/{id}/tokens")
    String createForUser(@PathVariable long id, @ModelAttribute("form") TokenForm form, Model model) {
        AdminPages.requireAdmin();
        return create(id, "/admin/users/" + id + "/tokens", form, model);
    }

    @Requires(Capability.ADMINISTER_USERS)
    @PostMapping("/admin/users/{id}/tokens/{tokenId}/revoke")
    String revokeForUser(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
        AdminPages.requireAdmin();
        tokens.revoke(id, tokenId, CurrentUsers.require());
        redirect.addFlashAttribute("notice", "Token revocado: deja de funcionar desde ya.");
        return "redirect:/admin/users/" + id + "/tokens";
    }

    private String create(long userId, String base, TokenForm form, Model model) {
        try {
            ApiTokens.Created created = tokens.create(userId, form.name(), form.days(), CurrentUsers.require());
            model.addAttribute("created", created);
            model.addAttribute("form", new TokenForm("", Math.min(90, tokens.maxDays())));
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
        }
        return page(userId, base, model);
    }

    private String page(long userId, String base, Model model) {
        CurrentUser me = CurrentUsers.require();
        model.addAttribute("owner", accounts.summary(userId));
        model.addAttribute("tokens", tokens.ofUser(userId, me));
        model.addAttribute("base", base);
        model.addAttribute("own", userId == me.id());
        model.addAttribute("maxDays", tokens.maxDays());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TokenForm("", Math.min(90, tokens.maxDays())));
        }
        return "admin/tokens";
    }
}
