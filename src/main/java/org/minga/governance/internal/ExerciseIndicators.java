package org.minga.governance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.governance.internal.ExerciseReadModel.ExerciseView;
import org.minga.governance.internal.domain.ExerciseIndicator;
import org.minga.governance.internal.domain.ExerciseIndicator.Measurement;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.ValidationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A demonstration exercise's own indicators: defining one (baseline and target) and measuring it. */
@Service
@RequiredArgsConstructor
public class ExerciseIndicators {

    public record IndicatorForm(String name, String unit, Boolean higherBetter, BigDecimal baseline,
            LocalDate baselineOn, BigDecimal target, LocalDate targetOn) {
    }

    public record MeasurementForm(LocalDate takenOn, BigDecimal value, String note, Integer version) {
    }

    /** An indicator as read: its definition, its measurements oldest first, and the progress to the target. */
    public record IndicatorView(long id, long exerciseId, String name, String unit, boolean higherBetter,
            BigDecimal baseline, LocalDate baselineOn, BigDecimal target, LocalDate targetOn,
            List<Measurement> measurements, BigDecimal progress, int version) {
    }

    private final ExerciseIndicatorRepository repository;
    private final ExerciseService exercises;
    private final Access access;
    private final AuditLog audit;

    /** In one read-only transaction: Spring Data JDBC loads each indicator's measurements on the same connection. */
    @Transactional(readOnly = true)
    public List<IndicatorView> of(long exerciseId, CurrentUser user) {
        exercises.requireVisible(exerciseId, user);
        return repository.findByExerciseId(exerciseId).stream().map(ExerciseIndicators::view).toList();
    }

    static IndicatorView view(ExerciseIndicator i) {
        return new IndicatorView(i.id().value(), i.exerciseId(), i.name(), i.unit(), i.higherBetter(), i.baseline(),
                i.baselineOn(), i.target(), i.targetOn(), i.measurements(), i.progress(), i.version());
    }

    @Transactional
    public IndicatorView define(long exerciseId, IndicatorForm f, CurrentUser user) {
        ExerciseView e = requireEditable(exerciseId, user);
        ExerciseIndicator i = repository.save(ExerciseIndicator.define(new ExerciseIndicator.Draft(exerciseId,
                f.name(), f.unit(), !Boolean.FALSE.equals(f.higherBetter()), f.baseline(), f.baselineOn(),
                f.target(), f.targetOn())));
        IndicatorView v = view(i);
        audit.record("CREATE", "gov_exercise_indicator", v.id(), e.jurisdictionId(),
                "Indicador " + v.name() + " del ejercicio " + e.name(), null, v);
        return v;
    }

    @Transactional
    public IndicatorView measure(long exerciseId, long indicatorId, MeasurementForm f, CurrentUser user) {
        ExerciseView e = requireEditable(exerciseId, user);
        if (f.version() == null) {
            throw new ValidationException("version", "Falta la versión del indicador que se vio.");
        }
        ExerciseIndicator i = repository.findById(indicatorId).filter(x -> x.exerciseId() == exerciseId)
                .orElseThrow(() -> new org.minga.platform.NotFoundException(
                        "No existe el indicador " + indicatorId + " en el ejercicio " + e.name() + "."));
        LocalDate today = LocalDate.now(access.jurisdiction(e.jurisdictionId()).zoneId());
        i.measure(f.takenOn(), f.value(), f.note(), today, f.version());
        try {
            i = repository.save(i);
        } catch (OptimisticLockingFailureException ex) {
            throw ExerciseIndicator.stale();
        }
        IndicatorView v = view(i);
        audit.record("UPDATE", "gov_exercise_indicator", v.id(), e.jurisdictionId(), "Medición del indicador "
                + v.name() + " al " + f.takenOn(), null, Map.of("value", f.value().toPlainString()));
        return v;
    }

    private ExerciseView requireEditable(long exerciseId, CurrentUser user) {
        ExerciseView e = exercises.requireVisible(exerciseId, user);
        access.requireEditor(user, e.jurisdictionId(), e.territoryPath(), "el ejercicio " + e.name());
        return e;
    }
}
