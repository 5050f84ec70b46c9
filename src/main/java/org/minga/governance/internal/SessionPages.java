package org.minga.governance.internal;

import static org.minga.governance.internal.PageActions.perform;
import static org.minga.governance.internal.PageActions.split;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.SessionService.MinutesForm;
import org.minga.governance.internal.SessionReadModel.SessionView;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.PageRequest;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Governance pages of a session: agenda, attendance and quorum, the minutes (acta) and the commitments made. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record SessionPages(BodyService bodies, SessionService sessions, CommitmentService commitments,
        CommitmentCreation creation, PetitionService petitions, ActaPdf pdf) {

    @GetMapping("/governance/sessions/{id:\\d+}")
    String session(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.require();
        SessionView s = sessions.requireVisible(id, user);
        if (!model.containsAttribute("minutesForm")) {
            model.addAttribute("minutesForm", new MinutesForm(s.minutes(), s.decisions(), s.version()));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.<FieldError>of());
        }
        BodyView b = bodies.byId(s.bodyId()).orElseThrow();
        model.addAttribute("s", s);
        model.addAttribute("b", b);
        model.addAttribute("canEdit", bodies.canEdit(b, user) && !s.closed());
        model.addAttribute("attendance", sessions.attendance(s));
        model.addAttribute("quorum", sessions.quorum(s));
        model.addAttribute("made", commitments.ofSession(id));
        model.addAttribute("petitions", petitions.onSession(id));
        model.addAttribute("review", commitments.ofBody(b, "open", PageRequest.of(0, 50)));
        model.addAttribute("attendanceOptions", Gov.AttendanceStatus.values());
        model.addAttribute("circulation", sessions.circulation(s));
        return "governance/session";
    }

    /** Runs a write on the minutes; a conflict or a problem shows the session again with the text typed kept. */
    private String onMinutes(long id, MinutesForm form, Model model, Runnable write) {
        try {
            write.run();
            return "redirect:/governance/sessions/" + id;
        } catch (ConflictException e) {
            // the text typed is kept on the page so nothing is lost; the stored minutes are shown beside it
            model.addAttribute("conflict", e.getMessage());
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
        }
        if (form != null) {
            model.addAttribute("minutesForm", form);
        }
        return session(id, model);
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/sessions/{id:\\d+}/minutes")
    String saveMinutes(@PathVariable long id, MinutesForm form, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return onMinutes(id, form, model, () -> {
            sessions.saveMinutes(id, form, user);
            redirect.addFlashAttribute("saved", true);
        });
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/sessions/{id:\\d+}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return onMinutes(id, null, model, () -> sessions.approve(id, version, user));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/sessions/{id:\\d+}/circulate")
    String circulate(@PathVariable long id, @RequestParam(required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return onMinutes(id, null, model, () -> {
            sessions.circulate(id, version, user);
            redirect.addFlashAttribute("circulated", true);
        });
    }

    @PostMapping("/governance/sessions/{id:\\d+}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/sessions/" + id, redirect, () -> sessions.comment(id, comment, user));
    }

    @GetMapping("/governance/sessions/{id:\\d+}/acta.pdf")
    ResponseEntity<byte[]> acta(@PathVariable long id) {
        return GovernanceApi.acta(id, sessions, bodies, commitments, pdf);
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/sessions/{id:\\d+}/attendance")
    String attendance(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        return perform("/governance/sessions/" + id, redirect, () -> {
            Map<Long, String> marks = new HashMap<>();
            params.forEach((k, v) -> {
                if (k.matches("a_\\d{1,18}")) {
                    marks.put(Long.parseLong(k.substring(2)), v);
                }
            });
            String v = params.get("version");
            sessions.recordAttendance(id, new SessionService.AttendanceForm(marks,
                    v == null || !v.matches("\\d{1,9}") ? null : Integer.parseInt(v)), user);
        });
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/governance/sessions/{id:\\d+}/commitments")
    String addCommitment(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) Long responsibleMemberId,
            @RequestParam(required = false) String responsibleActorCode,
            @RequestParam(required = false) String responsibleUsername,
            @RequestParam(required = false) String coResponsible,
            @RequestParam(required = false) String strategicGoal, @RequestParam(required = false) LocalDate dueDate,
            @RequestParam(required = false) Integer dueInBusinessDays, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.requireWriter();
        SessionView s = sessions.requireVisible(id, user);
        return perform("/governance/sessions/" + id, redirect,
                () -> creation.create(new CommitmentForms.CommitmentForm(s.bodyId(), id, title, null,
                        responsibleActorCode, responsibleMemberId, null, responsibleUsername, split(coResponsible),
                        strategicGoal, dueDate, dueInBusinessDays), user));
    }
}
