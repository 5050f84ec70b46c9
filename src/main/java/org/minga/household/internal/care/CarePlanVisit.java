package org.minga.household.internal.care;

import java.time.LocalDate;

import org.minga.platform.ValidationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A follow-up visit of a {@link CarePlan}: what was seen and agreed, and when the next one is. */
@Table("care_plan_visit")
public class CarePlanVisit {

    @Id
    private Long id;
    private LocalDate visitedOn;
    private String notes;
    private LocalDate nextVisitOn;
    private String createdBy;

    CarePlanVisit(Long id, LocalDate visitedOn, String notes, LocalDate nextVisitOn, String createdBy) {
        this.id = id;
        this.visitedOn = visitedOn;
        this.notes = notes;
        this.nextVisitOn = nextVisitOn;
        this.createdBy = createdBy;
    }

    /** A visit made on a day not after today, with notes, and a next visit (if any) after it. */
    static CarePlanVisit made(LocalDate visitedOn, String notes, LocalDate nextVisitOn, String by, LocalDate today) {
        if (visitedOn == null || visitedOn.isAfter(today)) {
            throw new ValidationException("visitedOn", "Indique la fecha de la visita (hoy o antes).");
        }
        if (notes == null || notes.isBlank()) {
            throw new ValidationException("notes", "Escriba lo observado y acordado en la visita.");
        }
        if (nextVisitOn != null && !nextVisitOn.isAfter(visitedOn)) {
            throw new ValidationException("nextVisitOn", "La próxima visita debe ser posterior a esta.");
        }
        return new CarePlanVisit(null, visitedOn, notes.strip(), nextVisitOn, by);
    }

    public LocalDate nextVisitOn() {
        return nextVisitOn;
    }
}
