package org.minga.governance.internal;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.minga.actor.Actors;
import org.minga.actor.Sector;
import org.minga.governance.internal.ExerciseReadModel.ExerciseView;
import org.minga.governance.internal.domain.DemonstrationExercise;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.platform.Violations;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demonstration exercises for governance: prioritised pilots with milestones, monitoring notes and an evaluation.
 * Their rules are {@link DemonstrationExercise}'s; the lists are {@link ExerciseReadModel}'s.
 */
@Service
@RequiredArgsConstructor
public class ExerciseService {

    public record ExerciseForm(String jurisdiction, @NotBlank(message = "El código es obligatorio.") String code,
            @NotBlank(message = "El nombre es obligatorio.") String name,
            @NotBlank(message = "Escriba el objetivo del ejercicio.") String objective, String territoryCode,
            String bodyCode, List<String> actorCodes, List<String> sectors, LocalDate startDate,
            LocalDate endDate) {
    }

    public record MilestoneForm(@NotBlank(message = "Escriba el hito.") String title,
            @NotNull(message = "Indique la fecha del hito.") LocalDate dueDate, LocalDate doneOn) {
    }

    public record EvaluationForm(String evaluation, Integer version) {
    }

    private final ExerciseRepository repository;
    private final ExerciseReadModel read;
    private final Access access;
    private final AuditLog audit;
    private final Territories territories;
    private final Actors actors;
    private final BodyService bodies;
    private final Validator validator;

    public ExerciseView requireVisible(long id, CurrentUser user) {
        // milestones and notes are read after the exercise's row is closed: one connection at a time
        ExerciseView row = access.requireVisible(read.row(id), user, "el ejercicio demostrativo " + id);
        return row.with(row.actors(), read.milestones(id), read.notes(id));
    }

    public PageResult<ExerciseView> list(Jurisdiction j, CurrentUser user, PageRequest page) {
        return read.list(j.id(), access.prefix(user), page);
    }

    @Transactional
    public ExerciseView create(ExerciseForm f, CurrentUser user) {
        Jurisdiction j = access.jurisdiction(f.jurisdiction(), user);
        List<FieldError> errors = Violations.of(validator, f);
        if (Gov.blank(f.code()) != null && read.codeTaken(j.id(), f.code())) {
            errors.add(new FieldError("code", "Ya existe un ejercicio con el código " + f.code().strip() + "."));
        }
        TerritoryView t = f.territoryCode() == null ? null
                : territories.byCode(j.id(), f.territoryCode().strip()).orElse(null);
        if (t == null) {
            errors.add(new FieldError("territoryCode", "Indique un territorio existente (código)."));
        }
        Long bodyId = null;
        if (Gov.blank(f.bodyCode()) != null) {
            bodyId = bodies.named(j.id(), f.bodyCode()).orError("bodyCode", "la instancia", errors)
                    .map(BodyReadModel.BodyView::id).orElse(null);
        }
        Set<Long> actorIds = new LinkedHashSet<>();
        Set<String> sectors = new LinkedHashSet<>();
        sectorsAndActors(f, j, actorIds, sectors, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        DemonstrationExercise.Draft draft = new DemonstrationExercise.Draft(j.id(), bodyId, f.code(), f.name(),
                f.objective(), t.id(), t.path(), List.copyOf(sectors), f.startDate(), f.endDate());
        access.requireEditor(user, j.id(), t.path(), "ejercicios en " + t.name());
        long id = repository.save(DemonstrationExercise.start(draft, CommitmentCalendar.today(j))).id().value();
        repository.addActors(id, actorIds);
        ExerciseView e = requireVisible(id, user);
        audit.record("CREATE", "gov_exercise", id, j.id(), "Ejercicio demostrativo " + e.name(), null, e);
        return e;
    }

    private void sectorsAndActors(ExerciseForm f, Jurisdiction j, Set<Long> actorIds, Set<String> sectors,
            List<FieldError> errors) {
        for (String code : f.actorCodes() == null ? List.<String>of() : f.actorCodes()) {
            if (Gov.blank(code) != null) {
                actors.named(j.id(), code).orError("actorCodes", "el actor participante", errors).ifPresent(a -> {
                    actorIds.add(a.id());
                    a.sectors().forEach(s -> sectors.add(s.name()));
                });
            }
        }
        for (String s : f.sectors() == null ? List.<String>of() : f.sectors()) {
            if (Gov.blank(s) != null) {
                Sector.parse(s).ifPresentOrElse(x -> sectors.add(x.name()),
                        () -> errors.add(new FieldError("sectors", "El sector '" + s + "' no existe.")));
            }
        }
        if (f.startDate() != null && f.endDate() != null && f.endDate().isBefore(f.startDate())) {
            errors.add(new FieldError("endDate", "La fecha de fin es anterior a la de inicio."));
        }
    }

    private ExerciseView editable(long id, CurrentUser user) {
        ExerciseView e = requireVisible(id, user);
        access.requireEditor(user, e.jurisdictionId(), e.territoryPath(), "el ejercicio " + e.name());
        return e;
    }

    @Transactional
    public ExerciseView addMilestone(long id, MilestoneForm f, CurrentUser user) {
        ExerciseView e = editable(id, user);
        List<FieldError> errors = Violations.of(validator, f);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        repository.addMilestone(id, f.title().strip(), f.dueDate(), f.doneOn());
        audit.record("CREATE", "gov_exercise_milestone", id, e.jurisdictionId(),
                "Hito '" + f.title().strip() + "' en " + e.name(), null, f);
        return requireVisible(id, user);
    }

    @Transactional
    public ExerciseView addNote(long id, String note, CurrentUser user) {
        ExerciseView e = editable(id, user);
        if (Gov.blank(note) == null) {
            throw new ValidationException("note", "Escriba la nota de seguimiento.");
        }
        repository.addNote(id, note.strip(), user.fullName());
        audit.record("CREATE", "gov_exercise_note", id, e.jurisdictionId(), "Nota de seguimiento en " + e.name(), null,
                note.strip());
        return requireVisible(id, user);
    }

    @Transactional
    public ExerciseView evaluate(long id, EvaluationForm f, CurrentUser user) {
        ExerciseView e = editable(id, user);
        if (Gov.blank(f.evaluation()) == null) {
            throw new ValidationException("evaluation", "Escriba la evaluación del ejercicio.");
        }
        if (f.version() == null) {
            throw new ValidationException("version", "Falta la versión del ejercicio que se leyó.");
        }
        DemonstrationExercise exercise = repository.findById(id).orElseThrow();
        exercise.evaluate(f.evaluation(), f.version());
        try {
            repository.save(exercise);
        } catch (OptimisticLockingFailureException x) {
            throw DemonstrationExercise.stale();
        }
        ExerciseView after = requireVisible(id, user);
        audit.record("UPDATE", "gov_exercise", id, e.jurisdictionId(), "Ejercicio " + e.name() + " evaluado", e, after);
        return after;
    }
}
