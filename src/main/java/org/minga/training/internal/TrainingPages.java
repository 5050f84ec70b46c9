package org.minga.training.internal;

import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.NavigationItem;
import org.minga.platform.PageRequest;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.minga.training.internal.domain.Audience;
import org.minga.training.internal.domain.Modality;
import org.minga.training.internal.domain.ProgrammeStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The training pages: programmes, one programme with its sessions and participants (or shares), and their forms. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record TrainingPages(TrainingPlanning planning, TrainingParticipation participation, TrainingQueries queries,
        TrainingCertificate certificates, @Value("${minga.base-url}") String baseUrl) {

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem trainingNavigation() {
            return NavigationItem.needing("training", "Formación y asistencia técnica", "/training", 47,
                    Capability.RUN_TRAINING, Capability.READ_AGGREGATES);
        }
    }

    @GetMapping("/training")
    String programmes(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("status", status);
        model.addAttribute("statuses", ProgrammeStatus.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("programmes", queries.programmes(status, user, PageRequest.of(page, 50)));
        model.addAttribute("canManage", org.minga.platform.AccessPolicy.holds(user.role(), Capability.RUN_TRAINING));
        model.addAttribute("canReadFigures",
                org.minga.platform.AccessPolicy.holds(user.role(), Capability.READ_AGGREGATES));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TrainingPlanning.ProgrammeCommand(null, null, null, null, null, null, null,
                    null, null, null, null, null, 80, null, List.of(), List.of()));
        }
        return "training/programmes";
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/training/programmes")
    String createProgramme(@ModelAttribute TrainingPlanning.ProgrammeCommand form, RedirectAttributes redirect) {
        try {
            long id = planning.plan(form, CurrentUsers.require()).id();
            redirect.addFlashAttribute("notice", "Programa creado.");
            return "redirect:/training/programmes/" + id;
        } catch (ValidationException e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("form", form);
            return "redirect:/training";
        }
    }

    @GetMapping("/training/programmes/{id}")
    String programme(@PathVariable long id, Model model) {
        TrainingQueries.ProgrammePage page = queries.page(id, CurrentUsers.require());
        model.addAttribute("page", page);
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("modalities", Modality.values());
        if (!model.containsAttribute("form")) {
            TrainingViews.ProgrammeView p = page.programme();
            model.addAttribute("form", new TrainingPlanning.ProgrammeCommand(null, null, p.code(), p.name(),
                    p.objective(), p.audience().name(), p.accompanies(), p.accompaniedRecord(), p.responsibleActor(),
                    p.modality().name(), p.plannedHours(), p.budget(), p.minAttendancePercent(), p.passingScore(),
                    p.capacityCodes(), List.of(String.join(", ", p.territoryCodes()))));
        }
        return "training/programme";
    }

    /** The edit form of a planned or open programme; a closed one is refused with the aggregate's message. */
    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/training/programmes/{id}")
    String revise(@PathVariable long id, @ModelAttribute TrainingPlanning.ProgrammeCommand form,
            RedirectAttributes redirect) {
        return act(id, redirect, "Programa modificado.", form, () -> planning.revise(id, form, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/training/programmes/{id}/open")
    String open(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "Programa abierto: ya puede registrar sesiones y asistencia.",
                () -> planning.open(id, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/training/programmes/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "Programa cerrado.", () -> planning.close(id, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/training/programmes/{id}/sessions")
    String holdSession(@PathVariable long id, @ModelAttribute TrainingPlanning.SessionCommand form,
            RedirectAttributes redirect) {
        return act(id, redirect, "Sesión registrada.", () -> planning.holdSession(
                new TrainingPlanning.SessionCommand(id, form.heldOn(), form.hours(), form.place(), form.link(),
                        form.facilitators(), form.materials()),
                CurrentUsers.require()));
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/training/programmes/{id}/participants")
    String enrol(@PathVariable long id, @ModelAttribute TrainingParticipation.EnrolCommand form,
            RedirectAttributes redirect) {
        return act(id, redirect, "Participante inscrito.", () -> participation.enrol(id, form, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/training/programmes/{id}/sessions/{session}/attendance")
    String attend(@PathVariable long id, @PathVariable long session,
            @ModelAttribute TrainingParticipation.AttendCommand form, RedirectAttributes redirect) {
        return act(id, redirect, "Asistencia registrada.",
                () -> participation.attend(session, form, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/training/programmes/{id}/participants/{participant}/assessment")
    String assess(@PathVariable long id, @PathVariable long participant,
            @ModelAttribute TrainingParticipation.AssessCommand form, RedirectAttributes redirect) {
        return act(id, redirect, "Evaluación registrada.",
                () -> participation.assess(participant, form, CurrentUsers.require()));
    }

    @Requires(Capability.RUN_TRAINING)
    @PostMapping("/training/programmes/{id}/participants/{participant}/completion")
    String complete(@PathVariable long id, @PathVariable long participant, RedirectAttributes redirect) {
        return act(id, redirect, "Completó el programa: su certificado está listo.",
                () -> participation.complete(participant, CurrentUsers.require()));
    }

    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/training/participants/{participant}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable long participant) {
        return certificates.pdf(participant, CurrentUsers.require(), baseUrl);
    }

    /** Runs a write and comes back to the programme with its notice, or with the refusal's message. */
    private static String act(long id, RedirectAttributes redirect, String notice, Runnable write) {
        return act(id, redirect, notice, null, write);
    }

    /** The same, and a refused form's input goes back to its fields. */
    private static String act(long id, RedirectAttributes redirect, String notice, Object form, Runnable write) {
        PageForms.submit(redirect, notice, form, write);
        return "redirect:/training/programmes/" + id;
    }
}
