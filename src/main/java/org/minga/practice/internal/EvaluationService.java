package org.minga.practice.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.AccessPolicy;
import org.minga.platform.AuditLog;
import org.minga.platform.Capability;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.ValidationException;
import org.minga.practice.internal.domain.Evaluation;
import org.minga.practice.internal.domain.EvaluationStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation: evaluator profiles (person + entity), {@link Evaluation}s assigned from outside the authoring entity,
 * declarations of conflicts of interest, rubric scores per criterion of the practice's level, and the mean and
 * spread per criterion. The last evaluation sent makes the practice «Evaluada».
 */
@Service
@RequiredArgsConstructor
class EvaluationService {

    private final EvaluationRepository evaluations;
    private final EvaluatorRepository evaluatorProfiles;
    private final EvaluationReadModel read;
    private final PracticeService practices;
    private final PracticeTransitions transitions;
    private final FormatCatalog formats;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Labels labels;

    // ---- evaluators

    /** The evaluators of one jurisdiction, or of all when {@code jurisdictionId} is null (an administrator of all). */
    List<Evaluator> evaluators(Long jurisdictionId) {
        return read.evaluators(jurisdictionId);
    }

    Evaluator evaluator(long id) {
        return read.evaluator(id).orElseThrow(() -> new NotFoundException("El evaluador " + id + " no existe."));
    }

    @Transactional
    Evaluator createEvaluator(NewEvaluator cmd, CurrentUser user) {
        if (!AccessPolicy.holds(user.role(), Capability.MANAGE_PRACTICES)) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no permite "
                    + Capability.MANAGE_PRACTICES.label() + ": no registra evaluadores.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (cmd.fullName() == null || cmd.fullName().isBlank()) {
            errors.add(new FieldError("fullName", "El nombre del evaluador es obligatorio."));
        }
        if (cmd.entityName() == null || cmd.entityName().isBlank()) {
            errors.add(new FieldError("entityName", "La entidad a la que pertenece el evaluador es obligatoria."));
        }
        Jurisdiction j = null;
        if (cmd.jurisdiction() == null || cmd.jurisdiction().isBlank()) {
            errors.add(new FieldError("jurisdiction", "La jurisdicción de la entidad del evaluador es obligatoria."));
        } else {
            j = jurisdictions.byCode(cmd.jurisdiction().strip()).orElse(null);
            if (j == null) {
                errors.add(new FieldError("jurisdiction", "La jurisdicción «" + cmd.jurisdiction() + "» no existe."));
            }
        }
        String username = PracticeService.blankToNull(cmd.username());
        if (username != null && read.evaluatorUser(username)) {
            errors.add(new FieldError("username", "El usuario «" + username + "» ya tiene perfil de evaluador."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = evaluatorProfiles.insert(j.id(), username, cmd.fullName(), cmd.entityName());
        audit.record("CREATE", "practice_evaluator", id, j.id(),
                "Evaluador " + cmd.fullName() + " (" + cmd.entityName() + ")", null, cmd);
        return evaluator(id);
    }

    // ---- assignments

    /** Assigns an evaluator; refused when the evaluator belongs to the authoring entity. */
    @Transactional
    Assignment assign(long practiceId, long evaluatorId, CurrentUser user) {
        GoodPractice p = practices.requireVisible(practiceId, user);
        PracticeTransitions.requireManager(p, user);
        if (p.status() != PracticeStatus.ENVIADA && p.status() != PracticeStatus.EN_EVALUACION) {
            throw new ConflictException("Solo se asignan evaluadores a una práctica enviada o en evaluación (está «"
                    + labels.spanish(p.status()) + "»).");
        }
        Evaluator e = evaluator(evaluatorId);
        if (read.sameEntity(evaluatorId, practiceId)) {
            throw new ValidationException("evaluatorId", e.fullName() + " pertenece a la entidad autora ("
                    + p.entityName() + "): la evaluación debe hacerla alguien de otra entidad.");
        }
        if (read.assigned(practiceId, evaluatorId)) {
            throw new ValidationException("evaluatorId", e.fullName() + " ya está asignado a esta práctica.");
        }
        long id = evaluations.save(Evaluation.assign(practiceId, evaluatorId, user.username())).id().value();
        audit.record("CREATE", "practice_assignment", id, p.jurisdictionId(),
                "Evaluador " + e.fullName() + " asignado a «" + p.title() + "»", null,
                Map.of("practice", practiceId, "evaluator", evaluatorId));
        if (p.status() == PracticeStatus.ENVIADA) {
            transitions.transition(p, PracticeStatus.EN_EVALUACION, p.observations(), user, "En evaluación");
        }
        Assignment a = assignment(id);
        events.publishEvent(new EvaluatorAssigned(a, p.jurisdictionId()));
        return a;
    }

    /** An evaluator was assigned a practice (the evaluator is told, when they have an account). */
    record EvaluatorAssigned(Assignment assignment, long jurisdictionId) {
    }

    List<Assignment> assignmentsOf(long practiceId) {
        return read.assignmentsOf(practiceId);
    }

    /** The evaluations assigned to the signed-in user, newest first. */
    List<Assignment> mine(CurrentUser user) {
        return read.ofEvaluator(user.username());
    }

    Assignment assignment(long id) {
        return read.assignment(id).orElseThrow(() -> new NotFoundException("La asignación " + id + " no existe."));
    }

    Assignment requireMine(long id, CurrentUser user) {
        Assignment a = assignment(id);
        if (!user.username().equals(a.username())) {
            throw new ForbiddenException("Esta evaluación está asignada a otra persona.");
        }
        return a;
    }

    /** The evaluator declares whether they have a conflict of interest; with one, they do not score. */
    @Transactional
    Assignment declare(long assignmentId, boolean conflict, String note, CurrentUser user) {
        Assignment a = requireMine(assignmentId, user);
        Evaluation evaluation = evaluations.findById(assignmentId).orElseThrow();
        evaluation.declare(conflict, note, Instant.now());
        evaluations.save(evaluation);
        GoodPractice p = practices.require(a.practiceId());
        audit.record("UPDATE", "practice_assignment", assignmentId, p.jurisdictionId(),
                (conflict ? "Conflicto de interés declarado" : "Sin conflicto de interés") + " en «" + p.title() + "»",
                Map.of("status", a.status()), Map.of("status", evaluation.status().name()));
        return assignment(assignmentId);
    }

    /** Scores every criterion of the practice's level on the rubric; the last evaluation makes it «Evaluada». */
    @Transactional
    Assignment score(long assignmentId, Map<String, Integer> scores, Map<String, String> comments, String comment,
            Integer version, CurrentUser user) {
        requireMine(assignmentId, user);
        Evaluation evaluation = evaluations.findById(assignmentId).orElseThrow();
        evaluation.requireScorable(version);
        GoodPractice p = practices.require(evaluation.practiceId());
        if (p.status() != PracticeStatus.EN_EVALUACION) {
            throw new ConflictException(
                    "La práctica no está en evaluación (está «" + labels.spanish(p.status()) + "»).");
        }
        FormatDefinition def = formats.require(p.formatId()).definition();
        evaluation.submit(new Evaluation.Rubric(def.minScore(), def.maxScore(), def.criteriaFor(p.level()).stream()
                .map(c -> new org.minga.practice.internal.domain.EvaluationCriterion(c.key(), c.label())).toList()),
                scores, comments, comment,
                Instant.now());
        evaluations.save(evaluation);
        audit.record("UPDATE", "practice_assignment", assignmentId, p.jurisdictionId(),
                "Evaluación enviada de «" + p.title() + "»", null, Map.of("scores", scores, "comment", comment));
        if (!read.pending(p.id())) {
            transitions.transition(practices.require(p.id()), PracticeStatus.EVALUADA, p.observations(), user,
                    "Evaluación completa");
        }
        return assignment(assignmentId);
    }

    /** Mean, spread (standard deviation), minimum, maximum and count per criterion of the practice's level. */
    List<CriterionSummary> summary(GoodPractice p) {
        FormatDefinition def = formats.require(p.formatId()).definition();
        Map<String, CriterionSummary> byKey = new LinkedHashMap<>();
        read.figures(p.id()).forEach(s -> byKey.put(s.key(), s));
        List<CriterionSummary> out = new ArrayList<>();
        for (FormatDefinition.Criterion c : def.criteriaFor(p.level())) {
            CriterionSummary s = byKey.get(c.key());
            out.add(s == null ? new CriterionSummary(c.key(), c.label(), 0, 0, 0, 0, 0)
                    : new CriterionSummary(c.key(), c.label(), s.mean(), s.spread(), s.min(), s.max(), s.count()));
        }
        return out;
    }

    List<ScoreRow> scoresOf(long assignmentId) {
        return read.scoresOf(assignmentId);
    }

    record Evaluator(long id, long jurisdictionId, String jurisdictionName, String username, String fullName,
            String entityName) {
        public String label() {
            return fullName + " · " + entityName + " (" + jurisdictionName + ")";
        }
    }

    record NewEvaluator(String jurisdiction, String username, String fullName, String entityName) {
    }

    record Assignment(long id, long practiceId, String practiceTitle, long evaluatorId, String evaluatorName,
            String evaluatorEntity, String username, String status, String conflictNote,
            OffsetDateTime declaredAt, String comment, OffsetDateTime submittedAt, OffsetDateTime assignedAt,
            int version) {
        /** The status as its type, for its words ({@code ${@labels.of(a.state())}}). */
        public EvaluationStatus state() {
            return EvaluationStatus.valueOf(status);
        }
    }

    record ScoreRow(String criterionKey, int score, String comment) {
    }

    record CriterionSummary(String key, String label, double mean, double spread, int min, int max, int count) {
        public String meanText() {
            return count == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.1f", mean).replace('.', ',');
        }

        public String spreadText() {
            return count == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.2f", spread).replace('.', ',');
        }
    }
}
