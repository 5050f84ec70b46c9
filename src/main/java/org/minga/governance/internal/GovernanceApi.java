package org.minga.governance.internal;

import org.minga.platform.Labels;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.minga.governance.internal.BarrierService.BarrierForm;
import org.minga.governance.internal.BarrierReadModel.BarrierView;
import org.minga.governance.internal.BarrierService.StepForm;
import org.minga.governance.internal.BarrierReadModel.StepView;
import org.minga.governance.internal.BodyForms.BodyForm;
import org.minga.governance.internal.BodyReadModel.BodyView;
import org.minga.governance.internal.BodyForms.MemberForm;
import org.minga.governance.internal.BodyReadModel.MemberView;
import org.minga.governance.internal.CommitmentForms.CommitmentForm;
import org.minga.governance.internal.CommitmentReadModel.CommitmentView;
import org.minga.governance.internal.CommitmentForms.ProgressForm;
import org.minga.governance.internal.ExerciseService.ExerciseForm;
import org.minga.governance.internal.ExerciseReadModel.ExerciseView;
import org.minga.governance.internal.SessionService.AttendanceForm;
import org.minga.governance.internal.SessionService.MinutesForm;
import org.minga.governance.internal.SessionService.SessionForm;
import org.minga.governance.internal.SessionReadModel.SessionView;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Bodies, sessions, commitments, barriers, escalations and demonstration exercises as JSON. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
@RequestMapping("/api/v1")
record GovernanceApi(BodyService bodies, SessionService sessions, CommitmentService commitments,
        CommitmentCreation creation, BarrierService barriers, ExerciseService exercises, MeasureReadModel measures,
        ActaPdf pdf, Access access, org.minga.territory.Territories territories, Labels labels) {

    // ---- bodies ------------------------------------------------------------------------------------

    @GetMapping("/bodies")
    PageResult<BodyView> bodies(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = access.jurisdiction(jurisdiction, user);
        return bodies.list(j, user, labels.parse(Gov.ManagementLevel.class, level).orElse(null), q,
                PageRequest.of(page, size));
    }

    @GetMapping("/bodies/{id}")
    GovernanceAnswers.BodyDetail body(@PathVariable long id) {
        CurrentUser user = CurrentUsers.require();
        BodyView b = bodies.requireVisible(id, user);
        Jurisdiction j = access.jurisdiction(b.jurisdictionId());
        LocalDate today = LocalDate.now(j.zoneId());
        return new GovernanceAnswers.BodyDetail(b, bodies.members(id), bodies.children(id), bodies.tiers(id),
                measures.of(j.id(), id, b.territoryPath(), today, CommitmentCalendar.overdueCutoff(j, today)));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/bodies")
    @ResponseStatus(HttpStatus.CREATED)
    BodyView createBody(@RequestBody BodyForm form) {
        return bodies.create(form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PutMapping("/bodies/{id}")
    BodyView updateBody(@PathVariable long id, @RequestBody BodyForm form) {
        return bodies.update(id, form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/bodies/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    MemberView addMember(@PathVariable long id, @RequestBody MemberForm form) {
        return bodies.addMember(id, form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @DeleteMapping("/bodies/{id}/members/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMember(@PathVariable long id, @PathVariable long memberId) {
        bodies.removeMember(id, memberId, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/bodies/{id}/calendar")
    GovernanceAnswers.BodyCalendarCreated generate(@PathVariable long id, @RequestBody BodyForms.CalendarForm form) {
        return new GovernanceAnswers.BodyCalendarCreated(
                bodies.generateCalendar(id, form, CurrentUsers.requireWriter()));
    }

    @GetMapping("/bodies/{id}/calendar.ics")
    ResponseEntity<byte[]> ics(@PathVariable long id) {
        BodyView b = bodies.requireVisible(id, CurrentUsers.require());
        return ics(b, sessions, access);
    }

    static ResponseEntity<byte[]> ics(BodyView b, SessionService sessions, Access access) {
        Jurisdiction j = access.jurisdiction(b.jurisdictionId());
        String body = Ics.calendar(b, j.timeZone(), sessions.all(b.id()), "minga", Instant.now());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + b.code() + ".ics\"")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    // ---- sessions ----------------------------------------------------------------------------------

    @GetMapping("/sessions")
    PageResult<SessionView> sessions(@RequestParam long body, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        bodies.requireVisible(body, CurrentUsers.require());
        return sessions.ofBody(body, PageRequest.of(page, size));
    }

    @GetMapping("/sessions/{id}")
    GovernanceAnswers.SessionDetail session(@PathVariable long id) {
        SessionView s = sessions.requireVisible(id, CurrentUsers.require());
        return new GovernanceAnswers.SessionDetail(s, sessions.attendance(s), sessions.quorum(s),
                commitments.ofSession(id), sessions.circulation(s));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    SessionView createSession(@RequestBody SessionForm form) {
        return sessions.create(form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PutMapping("/sessions/{id}")
    SessionView updateSession(@PathVariable long id, @RequestBody SessionForm form) {
        return sessions.update(id, form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PutMapping("/sessions/{id}/minutes")
    SessionView minutes(@PathVariable long id, @RequestBody MinutesForm form) {
        return sessions.saveMinutes(id, form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PutMapping("/sessions/{id}/attendance")
    SessionView attendance(@PathVariable long id, @RequestBody AttendanceForm form) {
        return sessions.recordAttendance(id, form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/sessions/{id}/approve")
    SessionView approve(@PathVariable long id, @RequestBody Map<String, Integer> body) {
        return sessions.approve(id, body.get("version"), CurrentUsers.requireWriter());
    }

    /** The technical secretariat sends the draft acta to the members for comments. */
    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/sessions/{id}/circulate")
    SessionView circulate(@PathVariable long id, @RequestBody Map<String, Integer> body) {
        return sessions.circulate(id, body.get("version"), CurrentUsers.requireWriter());
    }

    /** A comment on a circulated draft acta. */
    @PostMapping("/sessions/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    SessionReadModel.Circulation comment(@PathVariable long id, @RequestBody Map<String, String> body) {
        return sessions.comment(id, body.get("comment"), CurrentUsers.requireWriter());
    }

    @GetMapping("/sessions/{id}/acta.pdf")
    ResponseEntity<byte[]> acta(@PathVariable long id) {
        return acta(id, sessions, bodies, commitments, pdf);
    }

    static ResponseEntity<byte[]> acta(long id, SessionService sessions, BodyService bodies,
            CommitmentService commitments, ActaPdf pdf) {
        SessionView s = sessions.requireVisible(id, CurrentUsers.require());
        byte[] bytes = pdf.render(bodies.byId(s.bodyId()).orElseThrow(), s, sessions.attendance(s), sessions.quorum(s),
                commitments.ofSession(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"acta-sesion-" + s.number() + ".pdf\"")
                .body(bytes);
    }

    // ---- commitments -------------------------------------------------------------------------------

    @GetMapping("/commitments")
    PageResult<CommitmentView> commitments(@RequestParam(required = false) Long body,
            @RequestParam(required = false) Boolean mine,
            @RequestParam(required = false) String filter, @RequestParam(required = false) Long territory,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUsers.require();
        PageRequest p = PageRequest.of(page, size);
        if (body != null) {
            return commitments.ofBody(bodies.requireVisible(body, user), filter, p);
        }
        if (Boolean.TRUE.equals(mine)) {
            return commitments.mine(user, "all".equals(filter), p);
        }
        Jurisdiction j = access.jurisdiction(jurisdiction, user);
        String path = territory == null ? access.prefix(user) : territories.requireVisible(territory, user).path();
        return commitments.ofTerritory(j, path, user, filter, p);
    }

    @GetMapping("/commitments/{id}")
    GovernanceAnswers.CommitmentDetail commitment(@PathVariable long id) {
        CommitmentView c = commitments.requireVisible(id, CurrentUsers.require());
        return new GovernanceAnswers.CommitmentDetail(c, commitments.coResponsible(id), commitments.notes(id),
                commitments.evidence(id));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/commitments")
    @ResponseStatus(HttpStatus.CREATED)
    CommitmentView createCommitment(@RequestBody CommitmentForm form) {
        return creation.create(form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/commitments/{id}/progress")
    CommitmentView progress(@PathVariable long id, @RequestBody ProgressForm form) {
        return commitments.progress(id, form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/commitments/{id}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    CommitmentReadModel.EvidenceView evidence(@PathVariable long id, @RequestBody Map<String, String> body) {
        return commitments.addEvidence(id, body.get("name"), body.get("url"), null, null, CurrentUsers.requireWriter());
    }

    // ---- barriers and escalations ------------------------------------------------------------------

    @GetMapping("/barriers")
    PageResult<BarrierView> barriers(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Long body,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUsers.require();
        return barriers.list(access.jurisdiction(jurisdiction, user), user, body, status, PageRequest.of(page, size));
    }

    @GetMapping("/barriers/{id}")
    GovernanceAnswers.BarrierDetail barrier(@PathVariable long id) {
        return new GovernanceAnswers.BarrierDetail(barriers.requireVisible(id, CurrentUsers.require()),
                barriers.trail(id));
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/barriers")
    @ResponseStatus(HttpStatus.CREATED)
    BarrierView raise(@RequestBody BarrierForm form) {
        return barriers.raise(form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/barriers/{id}/escalate")
    BarrierView escalate(@PathVariable long id, @RequestBody StepForm form) {
        return barriers.escalate(id, form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/barriers/{id}/resolve")
    BarrierView resolve(@PathVariable long id, @RequestBody StepForm form) {
        return barriers.resolve(id, form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/barriers/{id}/return")
    BarrierView giveBack(@PathVariable long id, @RequestBody StepForm form) {
        return barriers.returnWithGuidance(id, form, CurrentUsers.requireWriter());
    }

    @GetMapping("/escalations")
    PageResult<StepView> escalations(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Long barrier,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUsers.require();
        return barriers.steps(access.jurisdiction(jurisdiction, user), user, barrier, PageRequest.of(page, size));
    }

    // ---- demonstration exercises -------------------------------------------------------------------

    @GetMapping("/demonstration-exercises")
    PageResult<ExerciseView> exercises(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUsers.require();
        return exercises.list(access.jurisdiction(jurisdiction, user), user, PageRequest.of(page, size));
    }

    @GetMapping("/demonstration-exercises/{id}")
    ExerciseView exercise(@PathVariable long id) {
        return exercises.requireVisible(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/demonstration-exercises")
    @ResponseStatus(HttpStatus.CREATED)
    ExerciseView createExercise(@RequestBody ExerciseForm form) {
        return exercises.create(form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/demonstration-exercises/{id}/milestones")
    ExerciseView milestone(@PathVariable long id, @RequestBody ExerciseService.MilestoneForm form) {
        return exercises.addMilestone(id, form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/demonstration-exercises/{id}/notes")
    ExerciseView note(@PathVariable long id, @RequestBody Map<String, String> body) {
        return exercises.addNote(id, body.get("note"), CurrentUsers.requireWriter());
    }

    @Requires(Capability.RUN_GOVERNANCE)
    @PostMapping("/demonstration-exercises/{id}/evaluation")
    ExerciseView evaluate(@PathVariable long id, @RequestBody ExerciseService.EvaluationForm form) {
        return exercises.evaluate(id, form, CurrentUsers.requireWriter());
    }

    static List<String> none() {
        return List.of();
    }
}
