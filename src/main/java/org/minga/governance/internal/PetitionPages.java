package org.minga.governance.internal;

import static org.minga.governance.internal.PageActions.attempt;
import static org.minga.governance.internal.PageActions.perform;

import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.PetitionReadModel.PetitionView;
import org.minga.governance.internal.PetitionService.PetitionForm;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.PageRequest;
import org.minga.platform.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A petition's page (where it is, its session, its answer) and the writes of the petitions' forms. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record PetitionPages(PetitionService petitions, BodyService bodies, SessionService sessions) {

    @GetMapping("/governance/petitions/{id:\\d+}")
    String petition(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        PetitionView p = petitions.requireVisible(id, user);
        BodyView to = bodies.byId(p.toBodyId()).orElseThrow();
        model.addAttribute("p", p);
        model.addAttribute("canAnswer", bodies.canEdit(to, user) && p.status() != Gov.PetitionStatus.ANSWERED);
        model.addAttribute("sessions", sessions.ofBody(to.id(), PageRequest.of(0, 50)).items().stream()
                .filter(s -> s.status() == Gov.SessionStatus.SCHEDULED || s.status() == Gov.SessionStatus.HELD)
                .toList());
        return "governance/petition";
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/bodies/{id:\\d+}/petitions")
    String raise(@PathVariable long id, @RequestParam(required = false) Long toBodyId,
            @RequestParam(required = false) String title, @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return attempt("/governance/bodies/" + id, redirect, () -> "/governance/petitions/"
                + petitions.raise(new PetitionForm(id, toBodyId, title, description), user).id());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/petitions/{id:\\d+}/agenda")
    String agenda(@PathVariable long id, @RequestParam(required = false) Long sessionId,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/petitions/" + id, redirect,
                () -> petitions.placeOnAgenda(id, sessionId, version, user));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/petitions/{id:\\d+}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String answer,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/petitions/" + id, redirect, () -> petitions.answer(id, answer, version, user));
    }
}
