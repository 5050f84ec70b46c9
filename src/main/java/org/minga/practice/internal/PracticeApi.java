package org.minga.practice.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The practices API: formats, practices (JSON documents that export and import), workflow, PDF, lessons. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
@RequestMapping("/api/v1")
record PracticeApi(FormatCatalog formatCatalog, PracticeService practices, PracticeTransitions transitions,
        PracticeJson documents, EvaluationService evaluations, LessonService lessons, PracticePdf pdf) {

    @GetMapping("/practice-formats")
    List<FormatJson> formats() {
        CurrentUsers.require();
        return formatCatalog.latest().stream().map(FormatJson::of).toList();
    }

    @GetMapping("/practice-formats/{id}")
    FormatJson format(@PathVariable long id) {
        CurrentUsers.require();
        return FormatJson.of(formatCatalog.require(id));
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/practice-formats")
    @ResponseStatus(HttpStatus.CREATED)
    FormatJson createFormat(@RequestBody FormatCatalog.NewFormat body) {
        return FormatJson.of(formatCatalog.create(body, CurrentUsers.require()));
    }

    @GetMapping("/practices")
    PageResult<PracticeJson.Document> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return practices.list(CurrentUsers.require(), status, q, PageRequest.of(page, size)).map(documents::export);
    }

    @GetMapping("/practices/{id}")
    PracticeJson.Document get(@PathVariable long id) {
        return documents.export(practices.requireVisible(id, CurrentUsers.require()));
    }

    /** Creates a draft from a practice document (the JSON that GET answers): this is the import. */
    @Requires(Capability.DOCUMENT_PRACTICES)
    @PostMapping("/practices")
    @ResponseStatus(HttpStatus.CREATED)
    PracticeJson.Document create(@RequestBody PracticeJson.Document body) {
        return documents.export(documents.importDocument(body, CurrentUsers.require()));
    }

    @Requires(Capability.DOCUMENT_PRACTICES)
    @PutMapping("/practices/{id}")
    PracticeJson.Document save(@PathVariable long id, @RequestBody PracticeJson.Document body) {
        CurrentUser user = CurrentUsers.require();
        return documents.export(practices.save(id, new PracticeForm(body.version(), body.title(), body.entityName(),
                body.sector(), body.process(), body.year(), null, body.shareAuthorized(), body.answers(), false),
                user));
    }

    @Requires(Capability.DOCUMENT_PRACTICES)
    @PostMapping("/practices/{id}/submit")
    PracticeJson.Document submit(@PathVariable long id, @RequestBody(required = false) VersionBody body) {
        return documents.export(transitions.submit(id, body == null ? null : body.version(), CurrentUsers.require()));
    }

    @Requires(Capability.MANAGE_PRACTICES)
    @PostMapping("/practices/{id}/return")
    PracticeJson.Document returnIt(@PathVariable long id, @RequestBody ReturnBody body) {
        return documents.export(transitions.returnWithObservations(id, body.version(), body.observations(),
                CurrentUsers.require()));
    }

    @Requires(Capability.MANAGE_PRACTICES)
    @PostMapping("/practices/{id}/publish")
    PracticeJson.Document publish(@PathVariable long id, @RequestBody(required = false) VersionBody body) {
        return documents.export(transitions.publish(id, body == null ? null : body.version(), CurrentUsers.require()));
    }

    @Requires(Capability.MANAGE_PRACTICES)
    @PostMapping("/practices/{id}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    EvaluationService.Assignment assign(@PathVariable long id, @RequestBody AssignBody body) {
        if (body.evaluatorId() == null) {
            throw new org.minga.platform.ValidationException("evaluatorId", "Indique el evaluador (evaluatorId).");
        }
        return evaluations.assign(id, body.evaluatorId(), CurrentUsers.require());
    }

    @Requires({Capability.EVALUATE_PRACTICES, Capability.MANAGE_PRACTICES})
    @GetMapping("/practices/{id}/evaluation")
    PracticeEvaluation evaluation(@PathVariable long id) {
        GoodPractice p = practices.requireVisible(id, CurrentUsers.require());
        return new PracticeEvaluation(evaluations.summary(p), evaluations.assignmentsOf(id));
    }

    /** A practice's evaluation: the scores per criterion and who is assigned to evaluate it. */
    record PracticeEvaluation(List<EvaluationService.CriterionSummary> criteria,
            List<EvaluationService.Assignment> assignments) {
    }

    @GetMapping("/practices/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        GoodPractice p = practices.requireVisible(id, CurrentUsers.require());
        return PracticePages.pdfResponse(pdf.render(PracticeView.of(p, formatCatalog.require(p.formatId())),
                evaluations.summary(p)), p);
    }

    @Requires(Capability.MANAGE_PRACTICES)
    @GetMapping("/practice-evaluators")
    List<EvaluationService.Evaluator> evaluators() {
        return evaluations.evaluators(CurrentUsers.require().jurisdictionId());
    }

    @Requires(Capability.MANAGE_PRACTICES)
    @PostMapping("/practice-evaluators")
    @ResponseStatus(HttpStatus.CREATED)
    EvaluationService.Evaluator createEvaluator(@RequestBody EvaluationService.NewEvaluator body) {
        return evaluations.createEvaluator(body, CurrentUsers.require());
    }

    @GetMapping("/lessons")
    PageResult<LessonService.Lesson> lessons(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return lessons.list(CurrentUsers.require().jurisdictionId(), false, q, PageRequest.of(page, size));
    }

    @Requires(Capability.DOCUMENT_PRACTICES)
    @PostMapping("/lessons")
    @ResponseStatus(HttpStatus.CREATED)
    LessonService.Lesson createLesson(@RequestBody LessonService.NewLesson body) {
        return lessons.create(body, CurrentUsers.require());
    }

    record FormatJson(long id, String code, int version, String name, String issuer, FormatDefinition definition) {
        static FormatJson of(PracticeFormat f) {
            return new FormatJson(f.id(), f.code(), f.version(), f.name(), f.issuer(), f.definition());
        }
    }

    record VersionBody(Integer version) {
    }

    record ReturnBody(Integer version, String observations) {
    }

    record AssignBody(Long evaluatorId) {
    }

}
