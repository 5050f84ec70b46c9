package org.minga.governance.internal;

import static org.minga.governance.internal.PageActions.attempt;
import static org.minga.governance.internal.PageActions.perform;
import static org.minga.governance.internal.PageActions.split;

import java.time.LocalDate;

import org.minga.governance.internal.Leaderships.LeadershipForm;
import org.minga.governance.internal.Leaderships.StepForm;
import org.minga.governance.internal.Networks.MemberForm;
import org.minga.governance.internal.Networks.NetworkDetail;
import org.minga.governance.internal.Networks.NetworkForm;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.Requires;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of networks (Redes MAS Bienestar) and of the inventory of leaderships, with their forms. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record GovernanceNetworkPages(Networks networks, NetworkMeetings meetings, NetworkLinks links,
        Leaderships leaderships, Access access,
        Labels labels, @Value("${minga.map.tile-url:}") String tileUrl,
        @Value("${minga.map.tile-attribution:}") String tileAttribution) {

    @GetMapping("/governance/networks")
    String networks(@RequestParam(required = false) String jurisdiction, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = access.pageJurisdiction(jurisdiction, user);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("networks", networks.list(j, user));
        return "governance/networks";
    }

    @GetMapping("/governance/networks/{id:\\d+}")
    String network(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        NetworkDetail d = networks.detail(id, user);
        model.addAttribute("d", d);
        model.addAttribute("canEdit", access.canEdit(user, d.network().jurisdictionId(), d.network().territoryPath()));
        model.addAttribute("today", LocalDate.now(access.jurisdiction(d.network().jurisdictionId()).zoneId()));
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        return "governance/network";
    }

    /** A meeting held: date, place, attending actors (codes or names, comma separated), agreements, next steps. */
    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/networks/{id:\\d+}/meetings")
    String meeting(@PathVariable long id, @RequestParam(required = false) LocalDate heldOn,
            @RequestParam(required = false) String place, @RequestParam(required = false) String attendees,
            @RequestParam(required = false) String agreements, @RequestParam(required = false) String nextSteps,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/networks/" + id, redirect, () -> meetings.record(id,
                new NetworkMeetings.MeetingForm(heldOn, place, split(attendees), agreements, nextSteps), user));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/networks")
    String create(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String code,
            @RequestParam(required = false) String name, @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String territoryCode, @RequestParam(required = false) String others,
            @RequestParam(required = false) String feedsBodyCode, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/networks", redirect, () -> "/governance/networks/" + networks.create(
                new NetworkForm(jurisdiction, code, name, purpose, territoryCode, split(others), feedsBodyCode), user)
                .id());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/networks/{id:\\d+}/members")
    String join(@PathVariable long id, MemberForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/networks/" + id, redirect, () -> networks.join(id, form, user));
    }

    /** The network ties the asset, service or care route chosen in the picker ({@code link} is {@code kind:id}). */
    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/networks/{id:\\d+}/links")
    String tie(@PathVariable long id, NetworkLinks.LinkForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/networks/" + id, redirect, () -> links.tie(id, form, user));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/networks/{id:\\d+}/links/remove")
    String untie(@PathVariable long id, NetworkLinks.LinkForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/networks/" + id, redirect, () -> links.untie(id, form, user));
    }

    @GetMapping("/governance/leaderships")
    String leaderships(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Boolean emerging, Model model) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = access.pageJurisdiction(jurisdiction, user);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("emerging", Boolean.TRUE.equals(emerging));
        model.addAttribute("leaders", leaderships.list(j, user, Boolean.TRUE.equals(emerging)));
        return "governance/leaderships";
    }

    @GetMapping("/governance/leaderships/{id:\\d+}")
    String leadership(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        Leaderships.LeadershipView l = leaderships.detail(id, user);
        model.addAttribute("l", l);
        model.addAttribute("canEdit", l.leadership().active() && access.canEdit(user,
                l.leadership().jurisdictionId(), l.leadership().territoryPath()));
        model.addAttribute("kinds", Gov.options(labels, Gov.LeadershipStepKind.class));
        return "governance/leadership";
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/leaderships")
    String recognise(@RequestParam(required = false) Long personId,
            @RequestParam(required = false) String organizationCode, @RequestParam(required = false) String field,
            @RequestParam(required = false) LocalDate since, @RequestParam(required = false) Boolean emerging,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/leaderships", redirect, () -> "/governance/leaderships/" + leaderships.recognise(
                new LeadershipForm(personId, organizationCode, field, since, emerging), user).leadership().id());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/leaderships/{id:\\d+}/steps")
    String step(@PathVariable long id, StepForm form, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/leaderships/" + id, redirect, () -> leaderships.addStep(id, form, user));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/leaderships/{id:\\d+}/retire")
    String retire(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/leaderships/" + id, redirect, () -> leaderships.retire(id, version, user));
    }
}
