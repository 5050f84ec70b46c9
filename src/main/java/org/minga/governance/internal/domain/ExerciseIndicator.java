package org.minga.governance.internal.domain;

import org.minga.platform.Aggregate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An indicator of a demonstration exercise's own (seed 004): a baseline (value before, with its date), a target
 * (value after, by a date) and the measurements taken between them. A measurement is not before the baseline, not
 * in the future, one per day. Progress is the share of the way from baseline to target the latest measurement
 * covers. Mapped by Spring Data JDBC to {@code gov_exercise_indicator} with its measurements.
 */
@Table("gov_exercise_indicator")
public class ExerciseIndicator extends Aggregate<ExerciseIndicator> {

    /** What an indicator is. */
    public record Draft(long exerciseId, String name, String unit, boolean higherBetter, BigDecimal baseline,
            LocalDate baselineOn, BigDecimal target, LocalDate targetOn) {
        public Draft {
            if (name == null || name.isBlank() || name.strip().length() > 300) {
                throw new ValidationException("name", "Indique el nombre del indicador (hasta 300 caracteres).");
            }
            if (unit == null || unit.isBlank() || unit.strip().length() > 60) {
                throw new ValidationException("unit", "Indique la unidad del indicador (p. ej. hogares, %).");
            }
            if (baseline == null || baselineOn == null) {
                throw new ValidationException("baseline", "Indique la línea base: su valor y su fecha.");
            }
            if (target == null || targetOn == null) {
                throw new ValidationException("target", "Indique la meta: su valor y la fecha en que se espera.");
            }
            if (!targetOn.isAfter(baselineOn)) {
                throw new ValidationException("targetOn", "La fecha de la meta es posterior a la de la línea base.");
            }
            if (higherBetter ? target.compareTo(baseline) <= 0 : target.compareTo(baseline) >= 0) {
                throw new ValidationException("target", higherBetter
                        ? "Si más es mejor, la meta es mayor que la línea base."
                        : "Si menos es mejor, la meta es menor que la línea base.");
            }
        }
    }

    /** A value taken on a day. */
    @Table("gov_exercise_measurement")
    public record Measurement(LocalDate takenOn, BigDecimal value, String note) {
    }

    private long exerciseId;
    private String name;
    private String unit;
    private boolean higherBetter;
    private BigDecimal baseline;
    private LocalDate baselineOn;
    private BigDecimal target;
    private LocalDate targetOn;
    @MappedCollection(idColumn = "indicator_id")
    private Set<Measurement> measurements = new LinkedHashSet<>();

    private ExerciseIndicator() {
    }

    public static ExerciseIndicator define(Draft d) {
        ExerciseIndicator i = new ExerciseIndicator();
        i.exerciseId = d.exerciseId();
        i.name = d.name().strip();
        i.unit = d.unit().strip();
        i.higherBetter = d.higherBetter();
        i.baseline = d.baseline();
        i.baselineOn = d.baselineOn();
        i.target = d.target();
        i.targetOn = d.targetOn();
        return i;
    }

    /** Records a measurement taken on {@code on}, as read at {@code readVersion}. */
    public void measure(LocalDate on, BigDecimal value, String note, LocalDate today, int readVersion) {
        requireVersion(readVersion, ExerciseIndicator::stale);
        if (on == null || value == null) {
            throw new ValidationException("value", "Indique el valor medido y su fecha.");
        }
        if (on.isBefore(baselineOn) || on.isAfter(today)) {
            throw new ValidationException("takenOn",
                    "La medición es desde la fecha de la línea base (" + baselineOn + ") hasta hoy.");
        }
        if (measurements.stream().anyMatch(m -> m.takenOn().equals(on))) {
            throw new ValidationException("takenOn", "Ya hay una medición del " + on + ".");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > 500) {
            throw new ValidationException("note", "La nota admite hasta 500 caracteres.");
        }
        measurements.add(new Measurement(on, value, n));
    }

    /** The measurements, oldest first. */
    public List<Measurement> measurements() {
        return measurements.stream().sorted(Comparator.comparing(Measurement::takenOn)).toList();
    }

    /** The share (0..1, or beyond when surpassed) of the way from baseline to target the latest value covers. */
    public BigDecimal progress() {
        List<Measurement> ms = measurements();
        if (ms.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal last = ms.get(ms.size() - 1).value();
        return last.subtract(baseline).divide(target.subtract(baseline), 4, RoundingMode.HALF_UP);
    }

    public static org.minga.platform.ConflictException stale() {
        return new org.minga.platform.ConflictException(
                "Otra persona midió el indicador mientras usted lo veía. Recargue la página y repita el cambio.");
    }

    public long exerciseId() {
        return exerciseId;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public boolean higherBetter() {
        return higherBetter;
    }

    public BigDecimal baseline() {
        return baseline;
    }

    public LocalDate baselineOn() {
        return baselineOn;
    }

    public BigDecimal target() {
        return target;
    }

    public LocalDate targetOn() {
        return targetOn;
    }
}
