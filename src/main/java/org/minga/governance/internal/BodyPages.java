package org.minga.governance.internal;

import static org.minga.governance.internal.PageActions.attempt;
import static org.minga.governance.internal.PageActions.perform;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.minga.platform.Labels;
import org.minga.governance.BarrierType;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.PageRequest;
import org.minga.platform.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Governance pages of bodies: the list, a body with its members, sessions, commitments and barriers; its writes. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record BodyPages(BodyService bodies, BodyTypes types, PetitionService petitions, SessionService sessions,
        CommitmentService commitments,
        BarrierService barriers, MeasureReadModel measures, Access access, Labels labels) {

    @GetMapping("/governance")
    String index(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String level,
            @RequestParam(required = false) Integer page, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = access.pageJurisdiction(jurisdiction, user);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("bodies",
                bodies.list(j, user, labels.parse(Gov.ManagementLevel.class, level).orElse(null), null,
                        PageRequest.of(page, 100)));
        model.addAttribute("mine", commitments.mine(user, false, PageRequest.of(0, 5)));
        model.addAttribute("templates", BodyTemplate.values());
        bodyOptions(model, j);
        return "governance/index";
    }

    private void bodyOptions(Model model, Jurisdiction j) {
        model.addAttribute("types", types.catalogue(j).stream().filter(t -> t.active())
                .collect(java.util.stream.Collectors.toMap(t -> t.code(), t -> t.name(), (a, x) -> a,
                        java.util.LinkedHashMap::new)));
        model.addAttribute("levels", Gov.options(labels, Gov.ManagementLevel.class));
        model.addAttribute("periodicities", Gov.options(labels, Gov.SessionPeriodicity.class));
    }

    @GetMapping("/governance/bodies/{id:\\d+}")
    String body(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        BodyView b = bodies.requireVisible(id, user);
        Jurisdiction j = access.jurisdiction(b.jurisdictionId());
        LocalDate today = LocalDate.now(j.zoneId());
        model.addAttribute("b", b);
        model.addAttribute("members", bodies.members(id));
        model.addAttribute("children", bodies.children(id));
        model.addAttribute("tiers", bodies.tiers(id));
        model.addAttribute("received", petitions.received(id));
        model.addAttribute("raisedPetitions", petitions.raised(id));
        model.addAttribute("above", bodies.above(id));
        model.addAttribute("sessions", sessions.ofBody(id, PageRequest.of(0, 20)));
        model.addAttribute("open", commitments.ofBody(b, "open", PageRequest.of(0, 50)));
        model.addAttribute("overdue", commitments.ofBody(b, "overdue", PageRequest.of(0, 50)));
        model.addAttribute("barriers", barriers.list(j, user, id, null, PageRequest.of(0, 20)));
        model.addAttribute("m",
                measures.of(j.id(), id, b.territoryPath(), today, CommitmentCalendar.overdueCutoff(j, today)));
        model.addAttribute("canEdit", bodies.canEdit(b, user));
        model.addAttribute("roles", Gov.options(labels, Gov.MemberRole.class));
        model.addAttribute("barrierTypes", BarrierType.values());
        bodyOptions(model, j);
        return "governance/body";
    }

    @GetMapping("/governance/bodies/{id:\\d+}/calendar.ics")
    ResponseEntity<byte[]> ics(@PathVariable long id) {
        return GovernanceApi.ics(bodies.requireVisible(id, CurrentUsers.require()), sessions, access);
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies")
    String createBody(BodyForms.BodyForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance", redirect, () -> "/governance/bodies/" + bodies.create(form, user).id());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies/{id:\\d+}/members")
    String addMember(@PathVariable long id, BodyForms.MemberForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/bodies/" + id, redirect, () -> bodies.addMember(id, form, user));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies/{id:\\d+}/edit")
    String editBody(@PathVariable long id, BodyForms.BodyForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/bodies/" + id, redirect, () -> bodies.update(id, form, user));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies/{id:\\d+}/members/{memberId:\\d+}/remove")
    String removeMember(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/bodies/" + id, redirect, () -> bodies.removeMember(id, memberId, user));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies/{id:\\d+}/sessions")
    String createSession(@PathVariable long id, @RequestParam(required = false) LocalDateTime startsAt,
            @RequestParam(required = false) String place, @RequestParam(required = false) String link,
            @RequestParam(required = false) String agenda, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/bodies/" + id, redirect, () -> "/governance/sessions/"
                + sessions.create(new SessionService.SessionForm(id, startsAt, null, place, link, agenda, null), user)
                        .id());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies/{id:\\d+}/calendar")
    String calendar(@PathVariable long id, BodyForms.CalendarForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/bodies/" + id, redirect, () -> bodies.generateCalendar(id, form, user));
    }

    @GetMapping("/governance/measures")
    String measuresPage(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = access.pageJurisdiction(jurisdiction, user);
        LocalDate today = LocalDate.now(j.zoneId());
        LocalDate cutoff = CommitmentCalendar.overdueCutoff(j, today);
        model.addAttribute("m", measures.of(j.id(), null, access.prefix(user), today, cutoff));
        model.addAttribute("rows", measures.byTerritory(j.id(), access.prefix(user), today, cutoff));
        model.addAttribute("jurisdiction", j);
        return "governance/measures";
    }
}
