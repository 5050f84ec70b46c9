package org.minga.governance.internal.domain;

import org.minga.platform.Aggregate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minga.governance.internal.Gov.LeadershipStepKind;
import org.minga.platform.ConflictException;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A community leadership (seed 004): a leader in the inventory participation managers keep, a household person whose
 * data may be used (checked before {@link #recognise}), with the field they lead, since when, their organization, and
 * the trajectory of spaces, trainings and bodies they took part in. A new leadership promoted is marked
 * {@code emerging}; a leader who steps down is retired, once. Mapped by Spring Data JDBC to {@code gov_leadership}.
 */
@Table("gov_leadership")
public class Leadership extends Aggregate<Leadership> {

    /** What is recorded of a leader, references resolved. */
    public record Draft(long jurisdictionId, long personId, long territoryId, String territoryPath,
            Long organizationId, String field, LocalDate since, boolean emerging) {
        public Draft {
            if (field == null || field.isBlank() || field.strip().length() > 300) {
                throw new ValidationException("field",
                        "Indique en qué ejerce el liderazgo (p. ej. salud comunitaria), hasta 300 caracteres.");
            }
            if (since == null) {
                throw new ValidationException("since", "Indique desde cuándo ejerce el liderazgo.");
            }
        }
    }

    /** A step of the trajectory: a space, a training or a body, with its name and date. */
    @Table("gov_leadership_step")
    public record Step(LeadershipStepKind kind, String name, LocalDate onDate) {
    }

    private long jurisdictionId;
    private long personId;
    private long territoryId;
    private String territoryPath;
    private Long organizationId;
    private String field;
    private LocalDate since;
    private boolean emerging;
    private boolean active;
    private Instant updatedAt;
    @MappedCollection(idColumn = "leadership_id", keyColumn = "position")
    private List<Step> steps = new ArrayList<>();

    private Leadership() {
    }

    /** Recognises a leader on {@code today}; the date they lead since is not in the future. */
    public static Leadership recognise(Draft d, LocalDate today, Instant now) {
        if (d.since().isAfter(today)) {
            throw new ValidationException("since", "La fecha desde la que ejerce el liderazgo no puede ser futura.");
        }
        Leadership l = new Leadership();
        l.jurisdictionId = d.jurisdictionId();
        l.personId = d.personId();
        l.territoryId = d.territoryId();
        l.territoryPath = d.territoryPath();
        l.organizationId = d.organizationId();
        l.field = d.field().strip();
        l.since = d.since();
        l.emerging = d.emerging();
        l.active = true;
        l.updatedAt = now;
        return l;
    }

    public static ConflictException stale() {
        return new ConflictException(
                "Otra persona cambió el liderazgo mientras usted lo veía. Recargue la página y repita el cambio.");
    }

    /** Adds a step of the trajectory (not a future one), while the leadership is active. */
    public void addStep(Step step, LocalDate today, int readVersion, Instant now) {
        requireVersion(readVersion, Leadership::stale);
        requireActive();
        if (step.kind() == null) {
            throw new ValidationException("kind", "Indique si fue un espacio de participación, una formación o una "
                    + "instancia.");
        }
        if (step.name() == null || step.name().isBlank() || step.name().strip().length() > 300) {
            throw new ValidationException("name", "Indique el nombre del espacio, la formación o la instancia.");
        }
        if (step.onDate() == null || step.onDate().isAfter(today)) {
            throw new ValidationException("onDate", "Indique la fecha (no futura) de la participación.");
        }
        steps.add(new Step(step.kind(), step.name().strip(), step.onDate()));
        updatedAt = now;
    }

    /** The leader steps down; the record and its trajectory stay. */
    public void retire(int readVersion, Instant now) {
        requireVersion(readVersion, Leadership::stale);
        requireActive();
        active = false;
        updatedAt = now;
    }

    private void requireActive() {
        if (!active) {
            throw new ConflictException("El liderazgo ya no está activo.");
        }
    }

    public boolean active() {
        return active;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }
}
