package org.minga.territory.internal.web;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.ValidationException;
import org.minga.territory.TerritoryTree;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The territorial levels of a jurisdiction: listed for everyone, defined by administrators and district users. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
@RequestMapping("/territories/levels")
record LevelPages(TerritoryTree tree, Jurisdictions jurisdictions) {

    @GetMapping
    String levels(@RequestParam String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = jurisdictions.requireVisible(jurisdiction, user);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("levels", tree.levels(j.id()));
        model.addAttribute("canDefine",
                AccessPolicy.reachesWholeJurisdiction(user, Capability.CONFIGURE_JURISDICTION, j.id()));
        return "territory/levels";
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping
    String define(@RequestParam String jurisdiction, @RequestParam(required = false) String code,
            @RequestParam(required = false) String name, @RequestParam(required = false) Integer rank,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        Jurisdiction j = jurisdictions.requireVisible(jurisdiction, user);
        try {
            tree.defineLevel(user, j.id(), code, name, rank == null ? -1 : rank);
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("code", code);
            model.addAttribute("name", name);
            model.addAttribute("rank", rank);
            return levels(jurisdiction, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/territories/levels?jurisdiction=" + j.code();
    }
}
