package org.minga.actor.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.minga.actor.internal.domain.AssetKind;
import org.minga.actor.internal.domain.AssetNature;
import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.Requires;
import org.minga.platform.Times;
import org.minga.territory.Territories;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network of the territories as pages: alliances between actors and social assets, each a list of the user's
 * scope and a form to register one.
 */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record NetworkPages(AllianceService alliances, SocialAssetService assets, ActorQueries queries,
        Jurisdictions jurisdictions, Territories territories) {

    @GetMapping("/actors/alliances")
    String alliances(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, Model model) {
        return list(jurisdiction, q, model, (j, scope) -> alliances.list(j.id(), q, scope, PageRequest.of(page, 50)),
                "actor/alliances");
    }

    @GetMapping("/actors/assets")
    String assets(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, Model model) {
        return list(jurisdiction, q, model,
                (j, scope) -> assets.list(j.id(), null, scope, q, false, PageRequest.of(page, 50)), "actor/assets");
    }

    /** A list page: the results of the jurisdiction shown within the user's scope, and whether they may add. */
    private String list(String jurisdiction, String q, Model model,
            BiFunction<Jurisdiction, AccessScope, PageResult<?>> results, String view) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = ActorPageSupport.pick(jurisdictions, jurisdiction, user, model);
        if (j != null) {
            model.addAttribute("results", results.apply(j, territories.scopeOf(user)));
            model.addAttribute("canEdit", ActorService.canEdit(user, j.id()));
        }
        model.addAttribute("q", q);
        return view;
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @GetMapping("/actors/alliances/new")
    String allianceForm(@RequestParam(required = false) String jurisdiction, Model model) {
        Jurisdiction j = ActorPageSupport.editable(jurisdictions, jurisdiction);
        return allianceForm(j,
                new AlliancePageForm(j.code(), "", "", "", "EXTERNAL", null, Times.todayHere(), null, ""),
                model);
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/actors/alliances")
    String createAlliance(@ModelAttribute AlliancePageForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        Jurisdiction j = jurisdictions.namedOrOwn(form.jurisdiction(), user);
        return ActorPageSupport.submit(model, () -> {
            AllianceService.AllianceView a = alliances.create(form.toForm(), user);
            redirect.addFlashAttribute("saved", a.name());
            return "redirect:/actors/alliances?jurisdiction=" + j.code();
        }, () -> allianceForm(j, form, model));
    }

    private String allianceForm(Jurisdiction j, AlliancePageForm form, Model model) {
        model.addAttribute("jurisdiction", j);
        model.addAttribute("form", form);
        model.addAttribute("actors", queries.pickable(j.id()));
        return "actor/alliance-form";
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @GetMapping("/actors/assets/new")
    String assetForm(@RequestParam(required = false) String jurisdiction, Model model) {
        Jurisdiction j = ActorPageSupport.editable(jurisdictions, jurisdiction);
        return assetForm(j, new AssetForm(j.code(), "", "", AssetKind.PLACE.name(), AssetNature.COMMUNITY.name(), null,
                null, null, null, null, null, "activo", null), model);
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/actors/assets")
    String createAsset(@ModelAttribute AssetForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        Jurisdiction j = jurisdictions.namedOrOwn(form.jurisdiction(), user);
        return ActorPageSupport.submit(model, () -> {
            SocialAssetService.AssetView a = assets.create(form, user);
            redirect.addFlashAttribute("saved",
                    a.name() + (a.territoryName() == null ? "" : " (" + a.territoryName() + ")"));
            return "redirect:/actors/assets?jurisdiction=" + j.code();
        }, () -> assetForm(j, form, model));
    }

    private String assetForm(Jurisdiction j, AssetForm form, Model model) {
        model.addAttribute("jurisdiction", j);
        model.addAttribute("form", form);
        model.addAttribute("actors", queries.pickable(j.id()));
        model.addAttribute("kinds", AssetKind.values());
        model.addAttribute("natures", AssetNature.values());
        return "actor/asset-form";
    }

    /** The alliance form of the page: members as lines "CODIGO: aporte". */
    record AlliancePageForm(String jurisdiction, String code, String name, String purpose, String scope,
            String territory, LocalDate startDate, LocalDate endDate, String members) {

        AllianceForm toForm() {
            List<AllianceForm.Member> list = new ArrayList<>();
            if (members != null) {
                for (String line : members.split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    int colon = line.indexOf(':');
                    list.add(colon < 0 ? new AllianceForm.Member(line.strip(), null)
                            : new AllianceForm.Member(line.substring(0, colon).strip(),
                                    line.substring(colon + 1).strip()));
                }
            }
            return new AllianceForm(jurisdiction, code, name, purpose, scope, territory, startDate, endDate, null, list,
                    null);
        }
    }
}
