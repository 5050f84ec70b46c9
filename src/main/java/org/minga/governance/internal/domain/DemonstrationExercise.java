package org.minga.governance.internal.domain;

import java.time.LocalDate;
import java.util.List;

import org.minga.governance.internal.Gov.ExerciseStatus;
import org.minga.platform.CatalogueEntry;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A demonstration exercise (ejercicio demostrativo): a prioritised pilot of intersectoral coordination in a
 * territory, planned or running from its start date, monitored (milestones and notes, rows of their own) and
 * evaluated. Mapped by Spring Data JDBC to {@code gov_exercise}.
 */
@Table("gov_exercise")
public class DemonstrationExercise extends CatalogueEntry<DemonstrationExercise> {

    /** What a new exercise needs, its references already resolved. */
    public record Draft(long jurisdictionId, Long bodyId, String code, String name, String objective,
            long territoryId, String territoryPath, List<String> sectors, LocalDate startDate, LocalDate endDate) {
        public Draft {
            if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
                throw new ValidationException("endDate", "La fecha de fin es anterior a la de inicio.");
            }
            sectors = List.copyOf(sectors);
        }
    }

    private Long bodyId;
    private String objective;
    private long territoryId;
    private String territoryPath;
    private String[] sectors;
    private ExerciseStatus status;
    private LocalDate startDate;
    private LocalDate endDate;
    private String evaluation;

    private DemonstrationExercise() {
    }

    /** A new exercise: running when it started on or before {@code today}, planned otherwise. */
    public static DemonstrationExercise start(Draft d, LocalDate today) {
        DemonstrationExercise e = new DemonstrationExercise();
        e.catalogue(d.jurisdictionId(), d.code(), d.name());
        e.bodyId = d.bodyId();
        e.objective = d.objective().strip();
        e.territoryId = d.territoryId();
        e.territoryPath = d.territoryPath();
        e.sectors = d.sectors().toArray(new String[0]);
        e.startDate = d.startDate();
        e.endDate = d.endDate();
        e.status = d.startDate() != null && !d.startDate().isAfter(today) ? ExerciseStatus.RUNNING
                : ExerciseStatus.PLANNED;
        return e;
    }

    /** Records the evaluation, as read at {@code readVersion}: the exercise is evaluated. */
    public void evaluate(String text, int readVersion) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("evaluation", "Escriba la evaluación del ejercicio.");
        }
        requireVersion(readVersion, DemonstrationExercise::stale);
        evaluation = text.strip();
        status = ExerciseStatus.EVALUATED;
    }

    public static ConflictException stale() {
        return new ConflictException(
                "Otra persona cambió el ejercicio mientras usted lo evaluaba. Recargue la página.");
    }

}
