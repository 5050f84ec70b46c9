package org.minga.participation.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.minga.platform.CurrentUsers;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TableExport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Participation as JSON: spaces, contributions, improvement actions, surveys and figures. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
class ParticipationApi {

    private final SpaceService spaces;
    private final ContributionService contributions;
    private final SurveyService surveys;

    ParticipationApi(SpaceService spaces, ContributionService contributions, SurveyService surveys) {
        this.spaces = spaces;
        this.contributions = contributions;
        this.surveys = surveys;
    }

    // ---- spaces ----

    @GetMapping("/api/v1/spaces")
    PageResult<SpaceService.SpaceView> spaces(@RequestParam(required = false) String kind,
            @RequestParam(required = false) String process,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return spaces.list(new SpaceService.Filter(kind, process, from, to, q), CurrentUsers.require(),
                PageRequest.of(page, size));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/spaces")
    ResponseEntity<SpaceService.SpaceView> createSpace(@RequestBody SpaceService.SpaceCommand c,
            @RequestParam(required = false) String jurisdiction) {
        SpaceService.SpaceView v = spaces.create(c, jurisdiction, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/spaces/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/spaces/{id}")
    SpaceService.SpaceView space(@PathVariable long id) {
        return spaces.get(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/spaces/{id}")
    SpaceService.SpaceView updateSpace(@PathVariable long id, @RequestBody SpaceService.SpaceCommand c) {
        return spaces.update(id, c, CurrentUsers.require());
    }

    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/api/v1/spaces/{id}/invitations")
    List<SpaceService.InvitationView> invitations(@PathVariable long id) {
        return spaces.invitations(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/spaces/{id}/invitations")
    ResponseEntity<SpaceService.InvitationView> invite(@PathVariable long id,
            @RequestBody SpaceService.InvitationCommand c) {
        return ResponseEntity.status(201).body(spaces.invite(id, c, CurrentUsers.require()));
    }

    record StatusCommand(String status, Boolean attended, Integer version) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/spaces/{id}/invitations/{invitationId}")
    SpaceService.InvitationView setStatus(@PathVariable long id, @PathVariable long invitationId,
            @RequestBody StatusCommand c) {
        return spaces.setStatus(id, invitationId, c.status(), c.attended(), c.version(), CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/spaces/{id}/invitations/{invitationId}/calls")
    ResponseEntity<SpaceService.CallView> call(@PathVariable long id, @PathVariable long invitationId,
            @RequestBody SpaceService.CallCommand c) {
        return ResponseEntity.status(201).body(spaces.logCall(id, invitationId, c, CurrentUsers.require()));
    }

    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/api/v1/spaces/{id}/calls")
    List<SpaceService.CallView> calls(@PathVariable long id) {
        return spaces.calls(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/spaces/{id}/invitations/send")
    SpaceService.SendResult send(@PathVariable long id, @RequestParam(defaultValue = "false") boolean reminder) {
        return spaces.sendInvitations(id, reminder, CurrentUsers.require());
    }

    @GetMapping("/api/v1/spaces/{id}/empathy-maps")
    List<SpaceService.EmpathyMapView> empathyMaps(@PathVariable long id) {
        spaces.get(id, CurrentUsers.require());
        return spaces.empathyMaps(id);
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/spaces/{id}/empathy-maps")
    ResponseEntity<SpaceService.EmpathyMapView> addEmpathyMap(@PathVariable long id,
            @RequestBody SpaceService.EmpathyMapCommand c) {
        return ResponseEntity.status(201).body(spaces.addEmpathyMap(id, c, CurrentUsers.require()));
    }

    @GetMapping("/api/v1/spaces/{id}/service-map")
    List<SpaceService.StageView> serviceMap(@PathVariable long id) {
        spaces.get(id, CurrentUsers.require());
        return spaces.serviceMap(id);
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/spaces/{id}/service-map")
    SpaceService.StageView saveStage(@PathVariable long id, @RequestBody SpaceService.StageCommand c) {
        return spaces.saveStage(id, c, CurrentUsers.require());
    }

    @GetMapping("/api/v1/spaces/{id}/devolution")
    Map<String, Object> devolution(@PathVariable long id) {
        SpaceService.SpaceView s = spaces.get(id, CurrentUsers.require());
        return Map.of("space", s, "lines", contributions.devolution(id));
    }

    record PublishCommand(String text) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/spaces/{id}/devolution/publish")
    SpaceService.SpaceView publish(@PathVariable long id, @RequestBody(required = false) PublishCommand c) {
        return spaces.publishDevolution(id, c == null ? null : c.text(), CurrentUsers.require());
    }

    // ---- contributions and actions ----

    @GetMapping("/api/v1/contributions")
    PageResult<ContributionService.ContributionView> contributions(@RequestParam(required = false) Long space,
            @RequestParam(required = false) Long survey,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) Boolean withoutAction,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return contributions.list(
                new ContributionService.ContributionFilter(space, survey, kind, theme, stage, withoutAction),
                CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/contributions")
    ResponseEntity<ContributionService.ContributionView> contribute(
            @RequestBody ContributionService.ContributionCommand c,
            @RequestParam(required = false) String jurisdiction) {
        ContributionService.ContributionView v = contributions.create(c, jurisdiction, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/contributions/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/contributions/{id}")
    ContributionService.ContributionView contribution(@PathVariable long id) {
        return contributions.get(id, CurrentUsers.require());
    }

    record GroupCommand(Long intoId) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/contributions/{id}/group")
    ContributionService.ContributionView group(@PathVariable long id, @RequestBody GroupCommand c) {
        if (c.intoId() == null) {
            throw new org.minga.platform.ValidationException("intoId", "Indique el aporte con el que se agrupa.");
        }
        return contributions.group(id, c.intoId(), CurrentUsers.require());
    }

    record ToActionCommand(Long actionId, ContributionService.ActionCommand action) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/contributions/{id}/action")
    ContributionService.ContributionView toAction(@PathVariable long id, @RequestBody ToActionCommand c) {
        return contributions.toAction(id, c.actionId(), c.action(), CurrentUsers.require());
    }

    record AnswerCommand(String answer, Integer version) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/contributions/{id}/answer")
    ContributionService.ContributionView answer(@PathVariable long id, @RequestBody AnswerCommand c) {
        return contributions.answer(id, c.answer(), c.version(), CurrentUsers.require());
    }

    @GetMapping("/api/v1/improvement-actions")
    PageResult<ContributionService.ActionView> actions(@RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return contributions.actions(status, overdue, CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/improvement-actions")
    ResponseEntity<ContributionService.ActionView> createAction(@RequestBody ContributionService.ActionCommand c,
            @RequestParam(required = false) String jurisdiction) {
        ContributionService.ActionView v = contributions.createAction(c, jurisdiction, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/improvement-actions/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/improvement-actions/{id}")
    ContributionService.ActionView action(@PathVariable long id) {
        return contributions.getAction(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/improvement-actions/{id}")
    ContributionService.ActionView updateAction(@PathVariable long id,
            @RequestBody ContributionService.ActionCommand c) {
        return contributions.updateAction(id, c, CurrentUsers.require());
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/api/v1/participation/figures")
    List<ContributionService.Figure> figures(@RequestParam(required = false) String by,
            @RequestParam(required = false) String level) {
        return contributions.figures(by, level, CurrentUsers.require());
    }

    // ---- surveys ----

    @GetMapping("/api/v1/surveys")
    PageResult<SurveyService.SurveyView> surveys(@RequestParam(required = false) String process,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return surveys.list(process, CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/surveys")
    ResponseEntity<SurveyService.SurveyView> createSurvey(@RequestBody SurveyService.SurveyCommand c,
            @RequestParam(required = false) String jurisdiction) {
        SurveyService.SurveyView v = surveys.create(c, jurisdiction, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/surveys/{id}")
    SurveyService.SurveyView survey(@PathVariable long id) {
        return surveys.get(id, CurrentUsers.require());
    }

    record QuestionsCommand(List<SurveyQuestion> questions, Integer version) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/surveys/{id}/questions")
    SurveyService.SurveyView questions(@PathVariable long id, @RequestBody QuestionsCommand c) {
        return surveys.setQuestions(id, c.questions(), c.version(), CurrentUsers.require());
    }

    record SurveyStatus(String status) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/surveys/{id}/status")
    SurveyService.SurveyView status(@PathVariable long id, @RequestBody SurveyStatus c) {
        return surveys.setStatus(id, c.status(), CurrentUsers.require());
    }

    /** Surveyor mode: stores a response once per client UUID; a repeat answers 200 with the stored id. */
    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/surveys/{id}/responses")
    ResponseEntity<Map<String, Object>> respond(@PathVariable long id, @RequestBody SurveyService.ResponseCommand c) {
        SurveyService.Saved saved = surveys.submit(id, c, "SURVEYOR", CurrentUsers.require());
        return ResponseEntity.status(saved.created() ? 201 : 200)
                .body(Map.of("id", saved.id(), "created", saved.created()));
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/api/v1/surveys/{id}/analysis")
    List<SurveyService.QuestionAnalysis> analysis(@PathVariable long id) {
        return surveys.analysis(id, CurrentUsers.require());
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/api/v1/surveys/{id}/crosstab")
    SurveyService.CrossTab crossTab(@PathVariable long id, @RequestParam String question,
            @RequestParam(required = false) String by, @RequestParam(required = false) String level) {
        return surveys.crossTab(id, question, by, level, CurrentUsers.require());
    }

    @GetMapping("/api/v1/surveys/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) String format) {
        SurveyService.Table t = surveys.table(id, CurrentUsers.require());
        return TableExport.of("encuesta-" + id, format, t.header(), t.rows());
    }
}
