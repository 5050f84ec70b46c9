package org.minga.offer.internal;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Capability;
import org.minga.platform.FormPages;
import org.minga.platform.Requires;
import java.util.List;

import org.minga.actor.Actors;
import org.minga.actor.Sector;
import org.minga.offer.Channel;
import org.minga.offer.Need;
import org.minga.offer.ValueGroup;
import org.minga.offer.Sex;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NavigationItem;
import org.minga.platform.PageRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The offer for the teams that keep it: list, detail, create and edit. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
@RequiredArgsConstructor
class OfferPages {

    private final OfferReadModel read;
    private final ServiceEditing editing;
    private final Jurisdictions jurisdictions;
    private final Actors actors;

    @GetMapping("/offer")
    String list(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        Jurisdiction j = jurisdiction != null && !jurisdiction.isBlank()
                ? jurisdictions.requireVisible(jurisdiction, user)
                : user.jurisdictionId() != null ? jurisdictions.byId(user.jurisdictionId()).orElseThrow()
                        : visible.isEmpty() ? null : visible.get(0);
        model.addAttribute("jurisdictions", visible);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("q", q);
        if (j != null) {
            model.addAttribute("results",
                    read.search(j.id(), new OfferReadModel.Search(q, null, null, null, null, null, false),
                            PageRequest.of(page, 50)));
            model.addAttribute("canEdit", ServiceEditing.canEdit(user, j.id()));
        }
        return "offer/list";
    }

    @GetMapping("/offer/services/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        ServiceView s = read.requireVisible(id, user);
        model.addAttribute("service", s);
        model.addAttribute("jurisdiction", jurisdictions.byId(s.jurisdictionId()).orElseThrow());
        model.addAttribute("canEdit", ServiceEditing.canEdit(user, s.jurisdictionId()));
        return "offer/service";
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @GetMapping("/offer/services/new")
    String createForm(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        return form(ServicePageForm.empty(j.code()), j, null, model);
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/offer/services")
    String create(@ModelAttribute ServicePageForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        Jurisdiction j = jurisdictions.namedOrOwn(form.jurisdiction(), user);
        return FormPages.orPage(model, () -> {
            ServiceView s = editing.create(form.toForm(List.of()), user);
            redirect.addFlashAttribute("saved", s.name());
            return "redirect:/offer/services/" + s.id();
        }, () -> form(form, j, null, model));
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @GetMapping("/offer/services/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        ServiceView s = read.requireVisible(id, user);
        Jurisdiction j = jurisdictions.byId(s.jurisdictionId()).orElseThrow();
        String providerCode = actors.byId(s.providerId()).orElseThrow().code();
        return form(ServicePageForm.of(s, j.code(), providerCode), j, s, model);
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/offer/services/{id}")
    String update(@PathVariable long id, @ModelAttribute ServicePageForm form, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        ServiceView before = read.requireVisible(id, user);
        Jurisdiction j = jurisdictions.byId(before.jurisdictionId()).orElseThrow();
        // the page edits the first location; the others (from the API or an import) are kept
        List<ServiceForm.LocationForm> others = before.locations().stream().skip(1)
                .map(l -> new ServiceForm.LocationForm(l.name(), l.address(), l.territoryCode(), l.latitude(),
                        l.longitude(), l.schedule(),
                        l.opensAt(), l.closesAt(), l.weekdays()))
                .toList();
        return FormPages.orPage(model, () -> {
            editing.update(id, form.toForm(others), user);
            redirect.addFlashAttribute("saved", form.name());
            return "redirect:/offer/services/" + id;
        }, () -> form(form, j, before, model));
    }

    private String form(ServicePageForm form, Jurisdiction j, ServiceView existing, Model model) {
        CurrentUser user = CurrentUsers.require();
        if (!ServiceEditing.canEdit(user, j.id())) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no registra ni modifica servicios.");
        }
        model.addAttribute("form", form);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("existing", existing);
        model.addAttribute("providers", actors.search(j.id(), null, PageRequest.of(0, 500)).items());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("needs", Need.values());
        model.addAttribute("groups", ValueGroup.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("sexes", Sex.values());
        return "offer/form";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem offerNavigation() {
            return NavigationItem.forAll("offer", "Oferta institucional", "/offer", 40);
        }
    }
}
