package org.minga.practice.internal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minga.platform.Aggregate;
import org.minga.platform.ConflictException;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The evaluation of a practice by one evaluator (a {@link Score} per {@link EvaluationCriterion}): assigned, the
 * evaluator declares whether they have a conflict of interest, and without one scores every criterion of the
 * practice's level on the rubric once. Its methods are these transitions and refuse the illegal ones.
 *
 * <p>Mapped by Spring Data JDBC to {@code practice_assignment}, its scores to {@code practice_score}.
 */
@Table("practice_assignment")
public class Evaluation extends Aggregate<Evaluation> {

    /** The rubric's range of scores. */
    public record Rubric(int min, int max, List<EvaluationCriterion> criteria) {
    }

    private long practiceId;
    private long evaluatorId;
    private EvaluationStatus status;
    private String conflictNote;
    private Instant declaredAt;
    private String comment;
    private Instant submittedAt;
    private String assignedBy;
    @MappedCollection(idColumn = "assignment_id")
    private Set<Score> scores = new HashSet<>();

    private Evaluation() {
    }

    /** A new evaluation of a practice by an evaluator, waiting for the conflict-of-interest declaration. */
    public static Evaluation assign(long practiceId, long evaluatorId, String assignedBy) {
        Evaluation e = new Evaluation();
        e.practiceId = practiceId;
        e.evaluatorId = evaluatorId;
        e.status = EvaluationStatus.ASIGNADA;
        e.assignedBy = assignedBy;
        return e;
    }

    /** The evaluator declares a conflict of interest (described) or none, once. */
    public void declare(boolean conflict, String note, Instant now) {
        if (status != EvaluationStatus.ASIGNADA) {
            throw new ConflictException("La declaración de conflicto de interés ya fue hecha.");
        }
        if (conflict && (note == null || note.isBlank())) {
            throw new ValidationException("conflictNote", "Describa el conflicto de interés.");
        }
        status = conflict ? EvaluationStatus.CONFLICTO : EvaluationStatus.SIN_CONFLICTO;
        conflictNote = note == null || note.isBlank() ? null : note.strip();
        declaredAt = now;
    }

    /** Refuses scoring unless declared without conflict and not sent yet, on the version the evaluator saw. */
    public void requireScorable(Integer seenVersion) {
        switch (status) {
            case ASIGNADA -> throw new ConflictException(
                    "Declare primero si tiene conflicto de interés con esta práctica.");
            case CONFLICTO -> throw new ConflictException(
                    "Declaró un conflicto de interés: no puede calificar esta práctica.");
            case EVALUADA -> throw new ConflictException("Esta evaluación ya fue enviada.");
            default -> {
            }
        }
        if (seenVersion != null && seenVersion != version()) {
            throw new ConflictException("La evaluación cambió mientras la diligenciaba; recargue la página.");
        }
    }

    /** Scores every criterion of the rubric within its range, with a general comment, and sends the evaluation. */
    public void submit(Rubric rubric, Map<String, Integer> given, Map<String, String> comments, String general,
            Instant now) {
        requireScorable(null);
        List<FieldError> errors = new ArrayList<>();
        for (EvaluationCriterion c : rubric.criteria()) {
            Integer s = given == null ? null : given.get(c.key());
            if (s == null) {
                errors.add(new FieldError("scores." + c.key(), "Califique el criterio «" + c.label() + "»."));
            } else if (s < rubric.min() || s > rubric.max()) {
                errors.add(new FieldError("scores." + c.key(), "La calificación de «" + c.label()
                        + "» debe estar entre " + rubric.min() + " y " + rubric.max() + "."));
            }
        }
        if (general == null || general.isBlank()) {
            errors.add(new FieldError("comment", "Escriba un comentario general de la evaluación."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        for (EvaluationCriterion c : rubric.criteria()) {
            String note = comments == null ? null : comments.get(c.key());
            scores.add(new Score(c.key(), given.get(c.key()), note == null || note.isBlank() ? null : note.strip()));
        }
        status = EvaluationStatus.EVALUADA;
        comment = general.strip();
        submittedAt = now;
    }

    public long practiceId() {
        return practiceId;
    }

    public EvaluationStatus status() {
        return status;
    }
}
