package org.minga.household.internal.visit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.minga.platform.Aggregate;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A visit of a field team to a household (visita domiciliaria): when it happened, what came of it and what the
 * worker noted. Recorded once, online or from a day prepared for working offline; a visit is a fact of the past, so
 * it is never edited. The persisted identity is the database's {@code Long}; {@link #id()} gives it typed.
 */
@Table("household_visit")
public class HouseholdVisit extends Aggregate<HouseholdVisit> {

    /** How far ahead of the server's clock a device's clock may be before its visit counts as in the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    static final int NOTES_MAX = 2000;

    private final long jurisdictionId;
    private final long householdId;
    private final String territoryPath;
    private final Instant visitedAt;
    private final VisitOutcome outcome;
    private final String notes;
    private final String recordedBy;

    HouseholdVisit(long jurisdictionId, long householdId, String territoryPath, Instant visitedAt,
            VisitOutcome outcome, String notes, String recordedBy) {
        this.jurisdictionId = jurisdictionId;
        this.householdId = householdId;
        this.territoryPath = territoryPath;
        this.visitedAt = visitedAt;
        this.outcome = outcome;
        this.notes = notes;
        this.recordedBy = recordedBy;
    }

    /** Where the visited household is. */
    public record Visited(long jurisdictionId, long householdId, String territoryPath) {
    }

    /**
     * A visit made at {@code visitedAt}: refuses a visit without its time or outcome, one in the future (beyond the
     * devices' clock skew), and notes over 2,000 characters, every problem named at once.
     */
    public static HouseholdVisit record(Visited where, Instant visitedAt, VisitOutcome outcome, String notes,
            String recordedBy, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (visitedAt == null) {
            errors.add(new FieldError("visit.visitedAt", "Indique cuándo se hizo la visita."));
        } else if (visitedAt.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError("visit.visitedAt", "La visita no puede tener una fecha futura."));
        }
        if (outcome == null) {
            errors.add(new FieldError("visit.outcome",
                    "Indique el resultado de la visita: REALIZADA, NADIE_EN_CASA o RECHAZADA."));
        }
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        if (text != null && text.length() > NOTES_MAX) {
            errors.add(new FieldError("visit.notes", "Las notas de la visita admiten 2.000 caracteres."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new HouseholdVisit(where.jurisdictionId(), where.householdId(), where.territoryPath(), visitedAt,
                outcome, text, recordedBy);
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public long householdId() {
        return householdId;
    }

    public Instant visitedAt() {
        return visitedAt;
    }

    public VisitOutcome outcome() {
        return outcome;
    }

    public String notes() {
        return notes;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
