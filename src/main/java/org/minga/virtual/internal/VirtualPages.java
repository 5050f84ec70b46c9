package org.minga.virtual.internal;

import java.util.ArrayList;
import java.util.List;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FormPages;
import org.minga.platform.NavigationItem;
import org.minga.platform.Requires;
import org.minga.platform.Times;
import org.minga.virtual.internal.VirtualViews.TerritoryRef;
import org.minga.virtual.internal.VirtualViews.VirtualTerritoryView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The virtual-territory pages: the list of those the user reads (with the export), and one with its reach over time,
 * its figures, its online sessions and the form where a moderator records what was heard there as a contribution.
 */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record VirtualPages(VirtualTerritoryQueries queries, VirtualFigures figures, OnlineSessionQueries sessions,
        VirtualIntake intake, VirtualTerritories territories, CampaignQueries campaigns) {

    /** The kinds of contribution, by code, as the form offers them. */
    static final List<String> CONTRIBUTION_KINDS = List.of("NEED", "SUGGESTION", "COMPLAINT", "IDEA");

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem virtualNavigation() {
            return NavigationItem.territorial("virtual", "Territorios virtuales", "/virtual", 72);
        }
    }

    @GetMapping("/virtual")
    String list(Model model) {
        CurrentUser u = CurrentUsers.require();
        model.addAttribute("territories", queries.list(u));
        model.addAttribute("campaigns", campaigns.list(u, null));
        model.addAttribute("canManage", AccessPolicy.holds(u.role(), Capability.RUN_PARTICIPATION));
        return "virtual/list";
    }

    @GetMapping("/virtual/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser u = CurrentUsers.require();
        VirtualTerritoryView v = queries.one(id, u);
        List<TerritoryRef> places = new ArrayList<>(List.of(v.territory()));
        v.reaches().stream().filter(t -> t.id() != v.territory().id()).forEach(places::add);
        model.addAttribute("v", v);
        model.addAttribute("figures", figures.ofVirtualTerritory(id, u));
        model.addAttribute("sessions", sessions.ofVirtualTerritory(id, u));
        model.addAttribute("campaigns", campaigns.list(u, id));
        model.addAttribute("places", places);
        model.addAttribute("kinds", CONTRIBUTION_KINDS);
        model.addAttribute("canManage", AccessPolicy.holds(u.role(), Capability.RUN_PARTICIPATION));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new VirtualIntake.ContributionCommand("NEED", null, null, null, null, null));
        }
        if (!model.containsAttribute("reachForm")) {
            model.addAttribute("reachForm", new VirtualForms.ReachForm(Times.todayFor(u).toString(), null, null));
        }
        return "virtual/detail";
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/virtual/{id:\\d+}/reach")
    String reach(@PathVariable long id, VirtualForms.ReachForm reachForm, Model model, RedirectAttributes flash) {
        return FormPages.orPage(model, () -> {
            territories.recordReach(id, reachForm.command(), CurrentUsers.require());
            flash.addFlashAttribute("reachRecorded", reachForm.measuredOn());
            return "redirect:/virtual/" + id + "#reach-h";
        }, () -> {
            model.addAttribute("reachForm", reachForm);
            return detail(id, model);
        });
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/virtual/{id:\\d+}/contributions")
    String contribution(@PathVariable long id, VirtualIntake.ContributionCommand form, Model model,
            RedirectAttributes flash) {
        return FormPages.orPage(model, () -> {
            VirtualIntake.Recorded r = intake.contribution(id, form, CurrentUsers.require());
            flash.addFlashAttribute("recorded", r.id());
            return "redirect:/virtual/" + id;
        }, () -> {
            model.addAttribute("form", form);
            return detail(id, model);
        });
    }
}
