package org.minga.participation.internal;

import org.minga.participation.internal.domain.SurveyQuestion;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
record ParticipationApi(SpaceService spaces, ContributionService contributions, SurveyService surveys,
        ImprovementActionReadModel actionViews, ImprovementActions actions, SurveyAnalysisReadModel analysis,
        ContributionReadModel contributionViews, Convocation convocation, SurveyExportReadModel export,
        ParticipationFiguresReadModel figures, SpaceMaps maps, SurveyResponses responses, SpaceReadModel spaceViews,
        SurveyReadModel surveyViews) {

    // ---- spaces ----

    @GetMapping("/api/v1/spaces")
    PageResult<SpaceReadModel.SpaceView> spaces(@RequestParam(required = false) String kind,
            @RequestParam(required = false) String process,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return spaceViews.list(new SpaceReadModel.Filter(kind, process, from, to, q), CurrentUsers.require(),
                PageRequest.of(page, size));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/spaces")
    ResponseEntity<SpaceReadModel.SpaceView> createSpace(@RequestBody SpaceService.SpaceCommand c,
            @RequestParam(required = false) String jurisdiction) {
        SpaceReadModel.SpaceView v = spaces.create(c, jurisdiction, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/spaces/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/spaces/{id}")
    SpaceReadModel.SpaceView space(@PathVariable long id) {
        return spaceViews.get(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/spaces/{id}")
    SpaceReadModel.SpaceView updateSpace(@PathVariable long id, @RequestBody SpaceService.SpaceCommand c) {
        return spaces.update(id, c, CurrentUsers.require());
    }

    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/api/v1/spaces/{id}/invitations")
    List<InvitationReadModel.InvitationView> invitations(@PathVariable long id) {
        return convocation.invitations(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/spaces/{id}/invitations")
    ResponseEntity<InvitationReadModel.InvitationView> invite(@PathVariable long id,
            @RequestBody Convocation.InvitationCommand c) {
        return ResponseEntity.status(201).body(convocation.invite(id, c, CurrentUsers.require()));
    }

    record StatusCommand(String status, Boolean attended, Integer version) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/spaces/{id}/invitations/{invitationId}")
    InvitationReadModel.InvitationView setStatus(@PathVariable long id, @PathVariable long invitationId,
            @RequestBody StatusCommand c) {
        return convocation.setStatus(id, invitationId, c.status(), c.attended(), c.version(), CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/spaces/{id}/invitations/{invitationId}/calls")
    ResponseEntity<InvitationReadModel.CallView> call(@PathVariable long id, @PathVariable long invitationId,
            @RequestBody Convocation.CallCommand c) {
        return ResponseEntity.status(201).body(convocation.logCall(id, invitationId, c, CurrentUsers.require()));
    }

    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/api/v1/spaces/{id}/calls")
    List<InvitationReadModel.CallView> calls(@PathVariable long id) {
        return convocation.calls(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/spaces/{id}/invitations/send")
    Convocation.SendResult send(@PathVariable long id, @RequestParam(defaultValue = "false") boolean reminder) {
        return convocation.sendInvitations(id, reminder, CurrentUsers.require());
    }

    @GetMapping("/api/v1/spaces/{id}/empathy-maps")
    List<SpaceMaps.EmpathyMapView> empathyMaps(@PathVariable long id) {
        spaceViews.get(id, CurrentUsers.require());
        return maps.empathyMaps(id);
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/spaces/{id}/empathy-maps")
    ResponseEntity<SpaceMaps.EmpathyMapView> addEmpathyMap(@PathVariable long id,
            @RequestBody SpaceMaps.EmpathyMapCommand c) {
        return ResponseEntity.status(201).body(maps.addEmpathyMap(id, c, CurrentUsers.require()));
    }

    @GetMapping("/api/v1/spaces/{id}/service-map")
    List<SpaceMaps.StageView> serviceMap(@PathVariable long id) {
        spaceViews.get(id, CurrentUsers.require());
        return maps.serviceMap(id);
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/spaces/{id}/service-map")
    SpaceMaps.StageView saveStage(@PathVariable long id, @RequestBody SpaceMaps.StageCommand c) {
        return maps.saveStage(id, c, CurrentUsers.require());
    }

    @GetMapping("/api/v1/spaces/{id}/devolution")
    SpaceDevolution devolution(@PathVariable long id) {
        SpaceReadModel.SpaceView s = spaceViews.get(id, CurrentUsers.require());
        return new SpaceDevolution(s, contributionViews.devolution(id));
    }

    /** What a space gives back: the space and what became of each contribution. */
    record SpaceDevolution(SpaceReadModel.SpaceView space, List<ContributionReadModel.DevolutionLine> lines) {
    }

    record PublishCommand(String text) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/spaces/{id}/devolution/publish")
    SpaceReadModel.SpaceView publish(@PathVariable long id, @RequestBody(required = false) PublishCommand c) {
        return spaces.publishDevolution(id, c == null ? null : c.text(), CurrentUsers.require());
    }

    // ---- contributions and actions ----

    @GetMapping("/api/v1/contributions")
    PageResult<ContributionReadModel.ContributionView> contributions(@RequestParam(required = false) Long space,
            @RequestParam(required = false) Long survey,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) Boolean withoutAction,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return contributionViews.list(
                new ContributionReadModel.ContributionFilter(space, survey, kind, theme, stage, withoutAction),
                CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/contributions")
    ResponseEntity<ContributionReadModel.ContributionView> contribute(
            @RequestBody ContributionService.ContributionCommand c,
            @RequestParam(required = false) String jurisdiction) {
        ContributionReadModel.ContributionView v = contributions.create(c, jurisdiction, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/contributions/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/contributions/{id}")
    ContributionReadModel.ContributionView contribution(@PathVariable long id) {
        return contributionViews.get(id, CurrentUsers.require());
    }

    record GroupCommand(Long intoId) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/contributions/{id}/group")
    ContributionReadModel.ContributionView group(@PathVariable long id, @RequestBody GroupCommand c) {
        if (c.intoId() == null) {
            throw new org.minga.platform.ValidationException("intoId", "Indique el aporte con el que se agrupa.");
        }
        return contributions.group(id, c.intoId(), CurrentUsers.require());
    }

    record ToActionCommand(Long actionId, ImprovementActions.ActionCommand action) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/contributions/{id}/action")
    ContributionReadModel.ContributionView toAction(@PathVariable long id, @RequestBody ToActionCommand c) {
        return contributions.toAction(id, c.actionId(), c.action(), CurrentUsers.require());
    }

    record AnswerCommand(String answer, Integer version) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/contributions/{id}/answer")
    ContributionReadModel.ContributionView answer(@PathVariable long id, @RequestBody AnswerCommand c) {
        return contributions.answer(id, c.answer(), c.version(), CurrentUsers.require());
    }

    @GetMapping("/api/v1/improvement-actions")
    PageResult<ImprovementActionReadModel.ActionView> actions(@RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return actionViews.actions(status, overdue, CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/improvement-actions")
    ResponseEntity<ImprovementActionReadModel.ActionView> createAction(@RequestBody ImprovementActions.ActionCommand c,
            @RequestParam(required = false) String jurisdiction) {
        ImprovementActionReadModel.ActionView v = actions.createAction(c, jurisdiction, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/improvement-actions/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/improvement-actions/{id}")
    ImprovementActionReadModel.ActionView action(@PathVariable long id) {
        return actions.getAction(id, CurrentUsers.require());
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/improvement-actions/{id}")
    ImprovementActionReadModel.ActionView updateAction(@PathVariable long id,
            @RequestBody ImprovementActions.ActionCommand c) {
        return actions.updateAction(id, c, CurrentUsers.require());
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/api/v1/participation/figures")
    List<ParticipationFiguresReadModel.Figure> figures(@RequestParam(required = false) String by,
            @RequestParam(required = false) String level) {
        return figures.figures(by, level, CurrentUsers.require());
    }

    // ---- surveys ----

    @GetMapping("/api/v1/surveys")
    PageResult<SurveyReadModel.SurveyView> surveys(@RequestParam(required = false) String process,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return surveyViews.list(process, CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/surveys")
    ResponseEntity<SurveyReadModel.SurveyView> createSurvey(@RequestBody SurveyService.SurveyCommand c,
            @RequestParam(required = false) String jurisdiction) {
        SurveyReadModel.SurveyView v = surveys.create(c, jurisdiction, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/surveys/{id}")
    SurveyReadModel.SurveyView survey(@PathVariable long id) {
        return surveyViews.get(id, CurrentUsers.require());
    }

    record QuestionsCommand(List<SurveyQuestion> questions, Integer version) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/surveys/{id}/questions")
    SurveyReadModel.SurveyView questions(@PathVariable long id, @RequestBody QuestionsCommand c) {
        return surveys.setQuestions(id, c.questions(), c.version(), CurrentUsers.require());
    }

    record SurveyStatus(String status) {
    }

    @Requires(Capability.RUN_PARTICIPATION)
    @PutMapping("/api/v1/surveys/{id}/status")
    SurveyReadModel.SurveyView status(@PathVariable long id, @RequestBody SurveyStatus c) {
        return surveys.setStatus(id, c.status(), CurrentUsers.require());
    }

    /** Surveyor mode: stores a response once per client UUID; a repeat answers 200 with the stored id. */
    @Requires(Capability.RUN_PARTICIPATION)
    @PostMapping("/api/v1/surveys/{id}/responses")
    ResponseEntity<SurveyResponseSaved> respond(@PathVariable long id,
            @RequestBody SurveyResponses.ResponseCommand c) {
        SurveyResponses.Saved saved = responses.submit(id, c, "SURVEYOR", CurrentUsers.require());
        return ResponseEntity.status(saved.created() ? 201 : 200)
                .body(new SurveyResponseSaved(saved.id(), saved.created()));
    }

    /** The stored response's id, and whether this call stored it (false: a repeat of the same client UUID). */
    record SurveyResponseSaved(long id, boolean created) {
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/api/v1/surveys/{id}/analysis")
    List<SurveyAnalysisReadModel.QuestionAnalysis> analysis(@PathVariable long id) {
        return analysis.analysis(id, CurrentUsers.require());
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/api/v1/surveys/{id}/crosstab")
    SurveyAnalysisReadModel.CrossTab crossTab(@PathVariable long id, @RequestParam String question,
            @RequestParam(required = false) String by, @RequestParam(required = false) String level) {
        return analysis.crossTab(id, question, by, level, CurrentUsers.require());
    }

    @GetMapping("/api/v1/surveys/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) String format) {
        SurveyExportReadModel.Table t = export.table(id, CurrentUsers.require());
        return TableExport.of("encuesta-" + id, format, t.header(), t.rows());
    }
}
