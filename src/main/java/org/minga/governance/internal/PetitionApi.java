package org.minga.governance.internal;

import java.util.List;

import org.minga.governance.internal.PetitionReadModel.PetitionView;
import org.minga.governance.internal.PetitionService.PetitionForm;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Petitions raised to a higher body's agenda, placed on a session and answered. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
@RequestMapping("/api/v1/petitions")
record PetitionApi(PetitionService petitions, BodyService bodies) {

    /** The petitions a body received and those it raised. */
    record BodyPetitions(List<PetitionView> received, List<PetitionView> raised) {
    }

    /** A session to place the petition on, against the version read. */
    record AgendaForm(Long sessionId, Integer version) {
    }

    /** The body's answer, against the version read. */
    record AnswerForm(String answer, Integer version) {
    }

    @GetMapping
    BodyPetitions ofBody(@RequestParam long body) {
        bodies.requireVisible(body, CurrentUsers.require());
        return new BodyPetitions(petitions.received(body), petitions.raised(body));
    }

    @GetMapping("/{id}")
    PetitionView one(@PathVariable long id) {
        return petitions.requireVisible(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PetitionView raise(@RequestBody PetitionForm form) {
        return petitions.raise(form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/{id}/agenda")
    PetitionView agenda(@PathVariable long id, @RequestBody AgendaForm form) {
        CurrentUser user = CurrentUsers.requireWriter();
        return petitions.placeOnAgenda(id, form.sessionId(), form.version(), user);
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/{id}/answer")
    PetitionView answer(@PathVariable long id, @RequestBody AnswerForm form) {
        return petitions.answer(id, form.answer(), form.version(), CurrentUsers.requireWriter());
    }
}
