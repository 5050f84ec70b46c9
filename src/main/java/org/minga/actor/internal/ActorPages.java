package org.minga.actor.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.ArrayList;
import java.util.List;

import org.minga.actor.ActorSummary;
import org.minga.actor.ActorType;
import org.minga.actor.Sector;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NavigationItem;
import org.minga.platform.PageRequest;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.springframework.beans.factory.annotation.Value;
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

/** Actors, their contact people and the actor map, as pages (alliances and assets: their own pages). */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
class ActorPages {

    private final ActorService actors;
    private final ActorQueries queries;
    private final ActorContacts contacts;
    private final SocialAssetService assets;
    private final ActorMapReadModel maps;
    private final ActorStaffService staff;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final TerritoryTree tree;
    private final org.minga.planning.PlanActions planActions;
    private final String tileUrl;
    private final String tileAttribution;

    ActorPages(ActorService actors, ActorQueries queries, ActorContacts contacts,
            SocialAssetService assets, ActorMapReadModel maps,
            ActorStaffService staff,
            Jurisdictions jurisdictions, Territories territories, TerritoryTree tree,
            org.minga.planning.PlanActions planActions,
            @Value("${minga.map.tile-url:}") String tileUrl,
            @Value("${minga.map.tile-attribution:}") String tileAttribution) {
        this.actors = actors;
        this.queries = queries;
        this.contacts = contacts;
        this.assets = assets;
        this.maps = maps;
        this.staff = staff;
        this.jurisdictions = jurisdictions;
        this.territories = territories;
        this.tree = tree;
        this.planActions = planActions;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    // ---- actors ------------------------------------------------------------------------------------

    @GetMapping("/actors")
    String list(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String q,
            @RequestParam(required = false) String type, @RequestParam(required = false) String sector,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = ActorPageSupport.pick(jurisdictions, jurisdiction, user, model);
        if (j != null) {
            ActorType t = ActorType.parse(type).orElse(null);
            Sector s = Sector.parse(sector).orElse(null);
            model.addAttribute("results", queries.find(j.id(), t, s, null, q, PageRequest.of(page, 50)));
            model.addAttribute("type", t);
            model.addAttribute("sector", s);
            model.addAttribute("canEdit", ActorService.canEdit(user, j.id()));
        }
        model.addAttribute("q", q);
        model.addAttribute("types", ActorType.values());
        model.addAttribute("sectors", Sector.values());
        return "actor/list";
    }

    @GetMapping("/actors/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        ActorDetail d = queries.detail(id, user);
        model.addAttribute("detail", d);
        model.addAttribute("jurisdiction", jurisdictions.byId(d.actor().jurisdictionId()).orElseThrow());
        model.addAttribute("contacts", contacts.of(id, user));
        model.addAttribute("canEdit", ActorService.canEdit(user, d.actor().jurisdictionId()));
        model.addAttribute("staff", staff.staffOf(id));
        model.addAttribute("planActions", planActions.ofEntity(id));
        model.addAttribute("canManageStaff", ActorStaffService.canManage(user, d.actor().jurisdictionId()));
        if (!model.containsAttribute("staffErrors")) {
            model.addAttribute("staffErrors", java.util.List.of());
        }
        if (!model.containsAttribute("contact")) {
            model.addAttribute("contact",
                    new ContactForm(null, null, null, null, null, org.minga.platform.Times.todayHere(), null, null));
        }
        return "actor/detail";
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @GetMapping("/actors/new")
    String createForm(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = actors.jurisdiction(jurisdiction, user);
        return form(ActorForm.empty(j.code()), j, null, model);
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/actors")
    String create(@ModelAttribute ActorForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        Jurisdiction j = actors.jurisdiction(form.jurisdiction(), user);
        return ActorPageSupport.submit(model, () -> {
            ActorSummary a = actors.create(form, user);
            redirect.addFlashAttribute("saved", a.name());
            return "redirect:/actors/" + a.id();
        }, () -> form(form, j, null, model));
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @GetMapping("/actors/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        ActorSummary a = queries.requireVisible(id, user);
        Jurisdiction j = jurisdictions.byId(a.jurisdictionId()).orElseThrow();
        String parent = queries.parentCode(a);
        ActorForm form = new ActorForm(j.code(), a.code(), a.name(), a.acronym(), a.type().name(), parent,
                a.sectors().stream().map(Enum::name).toList(), queries.territoryCodes(id), a.description(), a.website(),
                a.email(), a.phone(), a.active() ? "ACTIVE" : "INACTIVE", a.version());
        return form(form, j, a, model);
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/actors/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute ActorForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        ActorSummary before = queries.requireVisible(id, user);
        Jurisdiction j = jurisdictions.byId(before.jurisdictionId()).orElseThrow();
        return ActorPageSupport.submit(model, () -> {
            ActorSummary a = actors.update(id, form, user);
            redirect.addFlashAttribute("saved", a.name());
            return "redirect:/actors/" + id;
        }, () -> form(form, j, before, model));
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/actors/{id:\\d+}/contacts")
    String addContact(@PathVariable long id, @ModelAttribute ContactForm contact, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return ActorPageSupport.submit(model, () -> {
            contacts.add(id, contact, user);
            redirect.addFlashAttribute("saved", contact.fullName());
            return "redirect:/actors/" + id + "#contacts";
        }, () -> {
            model.addAttribute("contact", contact);
            return detail(id, model);
        });
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/actors/{id:\\d+}/contacts/{contactId}/email-acceptance")
    String acceptEmail(@PathVariable long id, @PathVariable long contactId,
            @RequestParam(required = false) String acceptedOn, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        try {
            contacts.acceptEmail(id, contactId, day(acceptedOn), user);
        } catch (org.minga.platform.ValidationException e) {
            model.addAttribute("acceptanceErrors", e.errors());
            return detail(id, model);
        }
        redirect.addFlashAttribute("emailAccepted", true);
        return "redirect:/actors/" + id + "#contacts";
    }

    private static java.time.LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.minga.platform.ValidationException("emailAcceptedOn",
                    "La fecha de la aceptación no es válida (aaaa-mm-dd).");
        }
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/actors/{id:\\d+}/contacts/{contactId}/delete")
    String removeContact(@PathVariable long id, @PathVariable long contactId, RedirectAttributes redirect) {
        contacts.remove(id, contactId, CurrentUsers.requireWriter());
        redirect.addFlashAttribute("removed", true);
        return "redirect:/actors/" + id + "#contacts";
    }

    private String form(ActorForm form, Jurisdiction j, ActorSummary existing, Model model) {
        CurrentUser user = CurrentUsers.require();
        if (!ActorService.canEdit(user, j.id())) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no registra ni modifica actores.");
        }
        model.addAttribute("form", form);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("existing", existing);
        model.addAttribute("types", ActorType.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("parents", queries.pickable(j.id()));
        return "actor/form";
    }

    // ---- actor map ---------------------------------------------------------------------------------

    @GetMapping("/actors/map")
    String map(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Long territory,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = ActorPageSupport.pick(jurisdictions, jurisdiction, user, model);
        if (j == null) {
            return "actor/map";
        }
        AccessScope scope = territories.scopeOf(user);
        List<TerritoryView> places = new ArrayList<>();
        tree.levels(j.id()).stream().filter(l -> l.rank() <= 2)
                .forEach(l -> places.addAll(territories.ofLevel(j.id(), l.code(), scope)));
        places.sort(java.util.Comparator.comparing(TerritoryView::path));
        model.addAttribute("places", places);
        TerritoryView t = territory != null ? territories.requireVisible(territory, user)
                : places.isEmpty() ? null : places.get(0);
        if (t != null) {
            model.addAttribute("territory", t);
            model.addAttribute("actorMap", maps.of(t));
            model.addAttribute("assets", assets.list(j.id(), t, scope, null, false, PageRequest.of(0, 200)));
        }
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        return "actor/map";
    }

    // ---- helpers -----------------------------------------------------------------------------------

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem actorsNavigation() {
            return NavigationItem.forAll("actors", "Actores y alianzas", "/actors", 35);
        }
    }
}
