package org.minga.virtual.internal;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FormPages;
import org.minga.platform.Requires;
import org.minga.platform.Times;
import org.minga.virtual.internal.VirtualForms.SessionForm;
import org.minga.virtual.internal.VirtualForms.TerritoryForm;
import org.minga.virtual.internal.VirtualViews.VirtualTerritoryView;
import org.minga.virtual.internal.domain.SessionModality;
import org.minga.virtual.internal.domain.StewardRole;
import org.minga.virtual.internal.domain.VirtualTerritoryKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that register and edit a virtual territory and schedule its online sessions: bind what was typed, call
 * one service, and on a refusal show the form again as the user left it with each field's Spanish message.
 */
@Requires(Capability.RUN_PARTICIPATION)
@Controller
record VirtualFormPages(VirtualTerritories territories, VirtualTerritoryQueries queries, OnlineSessions sessions,
        CampaignQueries campaigns) {

    @GetMapping("/virtual/new")
    String create(Model model) {
        CurrentUser u = CurrentUsers.require();
        return form(TerritoryForm.empty(null), null, u, model);
    }

    @PostMapping("/virtual")
    String register(TerritoryForm form, Model model, RedirectAttributes flash) {
        CurrentUser u = CurrentUsers.require();
        return FormPages.orPage(model, () -> {
            long id = territories.register(form.command(), u);
            flash.addFlashAttribute("saved", true);
            return "redirect:/virtual/" + id;
        }, () -> form(form, null, u, model));
    }

    @GetMapping("/virtual/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        CurrentUser u = CurrentUsers.require();
        VirtualTerritoryView v = queries.one(id, u);
        return form(TerritoryForm.of(v), v, u, model);
    }

    @PostMapping("/virtual/{id:\\d+}")
    String revise(@PathVariable long id, TerritoryForm form, Model model, RedirectAttributes flash) {
        CurrentUser u = CurrentUsers.require();
        return FormPages.orPage(model, () -> {
            territories.revise(id, form.command(), u);
            flash.addFlashAttribute("saved", true);
            return "redirect:/virtual/" + id;
        }, () -> form(form, queries.one(id, u), u, model));
    }

    @GetMapping("/virtual/{id:\\d+}/sessions/new")
    String newSession(@PathVariable long id, Model model) {
        CurrentUser u = CurrentUsers.require();
        return sessionForm(SessionForm.empty(Times.todayFor(u).toString()), queries.one(id, u), u, model);
    }

    @PostMapping("/virtual/{id:\\d+}/sessions")
    String schedule(@PathVariable long id, SessionForm form, Model model, RedirectAttributes flash) {
        CurrentUser u = CurrentUsers.require();
        return FormPages.orPage(model, () -> {
            sessions.schedule(id, form.command(), u);
            flash.addFlashAttribute("scheduled", form.title());
            return "redirect:/virtual/" + id + "#sessions-h";
        }, () -> sessionForm(form, queries.one(id, u), u, model));
    }

    private String form(TerritoryForm form, VirtualTerritoryView existing, CurrentUser u, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("kinds", VirtualTerritoryKind.values());
        model.addAttribute("roles", StewardRole.values());
        return "virtual/form";
    }

    private String sessionForm(SessionForm form, VirtualTerritoryView v, CurrentUser u, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("v", v);
        model.addAttribute("modalities", SessionModality.values());
        model.addAttribute("campaigns", campaigns.list(u, v.id()));
        return "virtual/session-form";
    }
}
