package org.minga.territory.internal.web;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.PageRequest;
import org.minga.platform.ValidationException;
import org.minga.territory.AreaType;
import org.minga.territory.NewTerritory;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryChange;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryTree.TerritorySearch;
import org.minga.territory.TerritoryCompanions;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The territory tree, a territory's page, and the forms to create and change territories. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
@RequestMapping("/territories")
record TerritoryPages(TerritoryTree tree, Territories territories, Jurisdictions jurisdictions,
        List<TerritoryCompanions> companions) {

    /** Form fields as typed; converted and validated by the service. */
    record TerritoryForm(String levelCode, Long parentId, String code, String name, AreaType areaType,
            Integer population, Integer version) {
    }

    @ModelAttribute("areaTypes")
    AreaType[] areaTypes() {
        return AreaType.values();
    }

    @GetMapping
    String tree(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        Jurisdiction selected = jurisdiction != null ? jurisdictions.requireVisible(jurisdiction, user)
                : visible.stream().filter(j -> user.jurisdictionId() == null || j.id() == user.jurisdictionId())
                        .findFirst().orElse(null);
        model.addAttribute("jurisdictions", visible);
        model.addAttribute("selected", selected);
        model.addAttribute("q", q);
        if (selected != null) {
            model.addAttribute("roots", tree.roots(user, selected.id()));
            model.addAttribute("levels", tree.levels(selected.id()));
            if (q != null && !q.isBlank()) {
                model.addAttribute("results", tree.search(user,
                        new TerritorySearch(selected.id(), null, null, false, q), PageRequest.of(page, 25)));
            }
        }
        model.addAttribute("canManage", AccessPolicy.holds(user.role(), Capability.MANAGE_TERRITORY));
        return "territory/tree";
    }

    @GetMapping("/{id}/children")
    String children(@PathVariable long id, Model model) {
        model.addAttribute("nodes", tree.children(CurrentUsers.require(), id));
        return "territory/fragments/nodes :: nodes";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        TerritoryView t = territories.requireVisible(id, user);
        model.addAttribute("territory", t);
        model.addAttribute("jurisdiction", jurisdictions.byId(t.jurisdictionId()).orElseThrow());
        model.addAttribute("ancestry", tree.ancestry(user, id));
        model.addAttribute("children", tree.search(user,
                new TerritorySearch(t.jurisdictionId(), null, id, false, null), PageRequest.of(page, 50)));
        model.addAttribute("companions", companions.stream().flatMap(c -> c.of(t, user).stream()).toList());
        model.addAttribute("canManage", AccessPolicy.holds(user.role(), Capability.MANAGE_TERRITORY));
        return "territory/detail";
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.requireWriter();
        TerritoryView t = territories.requireVisible(id, user);
        model.addAttribute("territory", t);
        model.addAttribute("form", new TerritoryForm(t.levelCode(), t.parentId(), t.code(), t.name(), t.areaType(),
                t.population(), t.version()));
        return "territory/edit";
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping("/{id}/edit")
    String change(@PathVariable long id, @ModelAttribute("form") TerritoryForm form, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        try {
            tree.change(user, id, new TerritoryChange(form.name(), form.parentId(), form.areaType(), form.population(),
                    form.version()));
        } catch (ValidationException e) {
            model.addAttribute("territory", territories.requireVisible(id, user));
            model.addAttribute("errors", e.errors());
            return "territory/edit";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/territories/" + id;
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long parent, @RequestParam(required = false) String jurisdiction,
            Model model) {
        CurrentUser user = CurrentUsers.requireWriter();
        TerritoryView p = parent == null ? null : territories.requireVisible(parent, user);
        Jurisdiction j = p != null ? jurisdictions.byId(p.jurisdictionId()).orElseThrow()
                : chosenOrOwn(jurisdiction, user);
        model.addAttribute("parent", p);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("levels", tree.levels(j.id()));
        model.addAttribute("form", new TerritoryForm(null, parent, null, null, AreaType.URBAN, null, 0));
        return "territory/new";
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping("/new")
    String create(@RequestParam("jurisdiction") String jurisdictionCode, @ModelAttribute("form") TerritoryForm form,
            Model model) {
        CurrentUser user = CurrentUsers.requireWriter();
        Jurisdiction j = jurisdictions.requireVisible(jurisdictionCode, user);
        try {
            TerritoryView created = tree.create(user, new NewTerritory(j.id(), form.levelCode(), form.parentId(),
                    form.code(), form.name(), form.areaType(), form.population()));
            return "redirect:/territories/" + created.id();
        } catch (ValidationException e) {
            model.addAttribute("parent",
                    form.parentId() == null ? null : territories.byId(form.parentId()).orElse(null));
            model.addAttribute("jurisdiction", j);
            model.addAttribute("levels", tree.levels(j.id()));
            model.addAttribute("errors", e.errors());
            return "territory/new";
        }
    }

    /** The jurisdiction named in the request, else the user's own; an all-jurisdiction user must name one. */
    private Jurisdiction chosenOrOwn(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code, user);
    }
}
