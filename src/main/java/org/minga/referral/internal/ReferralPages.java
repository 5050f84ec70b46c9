package org.minga.referral.internal;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.List;

import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.household.DocumentType;
import org.minga.household.Households;
import org.minga.offer.Need;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NavigationItem;
import org.minga.platform.PageRequest;
import org.minga.platform.ValidationException;
import org.minga.referral.internal.domain.Origin;
import org.minga.referral.internal.domain.Priority;
import org.minga.referral.internal.domain.ReferralStatus;
import org.minga.territory.Territories;
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

/** Referral pages: the list, an entity's inbox, the form, the detail with its transitions, overdue, figures. */
@Requires(Capability.READ_PERSONAL_DATA)
@Controller
@RequiredArgsConstructor
class ReferralPages {

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem referralsNavigation() {
            return NavigationItem.needing("referrals", "Canalizaciones", "/referrals", 45,
                    Capability.READ_PERSONAL_DATA,
                    Capability.ANSWER_REFERRALS);
        }
    }

    /** The form of a new referral: a person by id or by document. */
    record ReferralForm(Long personId, String documentType, String documentNumber, String needCategory,
            String needDescription, String origin, String originReference, Long serviceId, Long actorId,
            String priority, Integer businessDays, String ineligibleJustification, Boolean shareAuthorized,
            String shareEvidence) {
    }

    private final ReferralQueries queries;
    private final ReferralCreation creation;
    private final ReferralTransitions transitions;
    private final ReferralReadModel read;
    private final ReferralFiguresReadModel figures;
    private final OverdueReferrals overdue;
    private final ServiceCatalog catalog;
    private final ReferralAccess access;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final Actors actors;
    private final Households households;

    private List<String> entityNames(CurrentUser user) {
        return access.entitiesOf(user).stream().map(id -> actors.byId(id).map(ActorSummary::name).orElse("")).toList();
    }

    @Requires({Capability.READ_PERSONAL_DATA, Capability.ANSWER_REFERRALS})
    @GetMapping("/referrals")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        boolean entity = !access.entitiesOf(user).isEmpty();
        model.addAttribute("results",
                queries.list(user, new ReferralViews.Filter(status, overdue, null, q), PageRequest.of(page, 50)));
        model.addAttribute("entity", entity);
        model.addAttribute("entities", entityNames(user));
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("q", q);
        model.addAttribute("statuses", ReferralStatus.values());
        model.addAttribute("canCreate", !entity && ReferralAccess.canSend(user));
        return "referral/list";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @GetMapping("/referrals/new")
    String form(@RequestParam(required = false) Long personId, @RequestParam(required = false) String jurisdiction,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        if (!ReferralAccess.canSend(user)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no crea canalizaciones.");
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form",
                    new ReferralForm(personId, "CC", null, null, null, "FIELD_VISIT", null, null, null,
                            "MEDIUM", null, null, false, null));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        model.addAttribute("jurisdiction", j);
        if (personId != null) {
            model.addAttribute("person", households.requireUsablePerson(personId, user));
        }
        model.addAttribute("services", catalog.services(j.id()));
        model.addAttribute("actors", actors.search(j.id(), null, new PageRequest(0, 500)).items());
        model.addAttribute("needs", Need.values());
        model.addAttribute("origins", Origin.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("documentTypes", DocumentType.values());
        return "referral/form";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/referrals")
    String create(@ModelAttribute ReferralForm form, @RequestParam(required = false) String jurisdiction, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.require();
        try {
            Long personId = form.personId();
            if (personId == null && form.documentNumber() != null && !form.documentNumber().isBlank()) {
                Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
                DocumentType type = DocumentType.parse(form.documentType());
                if (type == null) {
                    throw new ValidationException("documentType", "Indique un tipo de documento válido.");
                }
                personId = households.personByDocument(j.id(), type, form.documentNumber().strip())
                        .map(Households.PersonRef::id)
                        .orElseThrow(
                                () -> new ValidationException("documentNumber", "No hay una persona registrada con "
                                        + type.name() + " " + form.documentNumber().strip() + "."));
            }
            ReferralViews.ReferralDetail v = creation.create(new ReferralViews.ReferralCommand(personId, null,
                    form.needCategory(), form.needDescription(), form.origin(), form.originReference(),
                    form.serviceId(),
                    form.actorId(), form.priority(), form.businessDays(), form.ineligibleJustification(),
                    form.shareAuthorized(), form.shareEvidence()), user);
            redirect.addFlashAttribute("saved", v.code());
            return "redirect:/referrals/" + v.id();
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", form);
            return form(form.personId(), jurisdiction, model);
        }
    }

    @Requires({Capability.READ_PERSONAL_DATA, Capability.ANSWER_REFERRALS})
    @GetMapping("/referrals/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        ReferralViews.ReferralDetail v = queries.require(id, user);
        org.minga.platform.Times.useJurisdiction(v.jurisdictionId());
        model.addAttribute("r", v);
        model.addAttribute("history", read.history(id));
        model.addAttribute("allowed", queries.allowedFor(v, user));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        return "referral/detail";
    }

    @Requires({Capability.RECORD_PERSONAL_DATA, Capability.ANSWER_REFERRALS})
    @PostMapping("/referrals/{id:\\d+}/transitions")
    String transition(@PathVariable long id, @RequestParam(required = false) String to,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String action,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String nextSteps,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            ReferralViews.ReferralDetail v = transitions.transition(id,
                    new ReferralViews.TransitionCommand(to, reason, action,
                            outcome, nextSteps, version),
                    CurrentUsers.require());
            redirect.addFlashAttribute("moved", v.progress().statusLabel());
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("failedTo", to);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldError("to", e.getMessage())));
        }
        return "redirect:/referrals/" + id;
    }

    @Requires({Capability.ANSWER_REFERRALS, Capability.READ_PERSONAL_DATA})
    @GetMapping("/referrals/inbox")
    String inbox(@RequestParam(required = false) Long actor, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("results", queries.inbox(user, actor, new ReferralViews.Filter(status, null, null, null),
                PageRequest.of(page, 50)));
        model.addAttribute("entities", entityNames(user));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ReferralStatus.values());
        model.addAttribute("actor", actor);
        return "referral/inbox";
    }

    @GetMapping("/referrals/overdue")
    String overdue(@RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("results",
                queries.list(user, new ReferralViews.Filter(null, true, null, null), PageRequest.of(page, 100)));
        model.addAttribute("canRaise", ReferralAccess.canRaiseDelays(user) && access.entitiesOf(user).isEmpty());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        return "referral/overdue";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/referrals/overdue/delay")
    String raise(@RequestParam(required = false) List<Long> referralIds, @RequestParam(required = false) String title,
            @RequestParam(required = false) String description, RedirectAttributes redirect) {
        try {
            overdue.reportDelay(new ReferralViews.DelayCommand(referralIds, title, description),
                    CurrentUsers.requireWriter());
            redirect.addFlashAttribute("raised", referralIds.size());
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/referrals/overdue";
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/referrals/figures")
    String figures(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) Long territory,
            @RequestParam(required = false) String by, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        String group = by == null || by.isBlank() ? "actor" : by;
        model.addAttribute("figures", figures.figures(user, j, territory, group));
        model.addAttribute("jurisdiction", j);
        model.addAttribute("by", group);
        model.addAttribute("territory", territory);
        String level = j.code().equals("11001") ? "localidad" : j.code().equals("54001") ? "comuna" : "unidad_vecinal";
        model.addAttribute("territories", territories.ofLevel(j.id(), level, territories.scopeOf(user)));
        return "referral/figures";
    }
}
