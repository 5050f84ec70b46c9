package org.minga.attention.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minga.attention.Setting;
import org.minga.platform.Aggregate;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An attention (atención): an individual or collective intervention in a life setting, on a day, in a territory, by
 * a team or an actor. An individual attention is given to one person; a collective one counts its participants (at
 * least one, and no fewer than the people listed). It is recorded once and not changed.
 *
 * <p>Mapped by Spring Data JDBC to the {@code attention} table and its {@code attention_participant} rows.
 */
@Table("attention")
public class Attention extends Aggregate<Attention> {

    /** Where it happened: the territory (with its path) of a jurisdiction. */
    public record Place(long jurisdictionId, long territoryId, String territoryPath) {
    }

    /** What happened, as said: checked by {@link #problems} before anything is recorded. */
    public record Facts(AttentionMode mode, LocalDate attendedOn, Long fieldTeamId, String actorName,
            Long serviceId, String serviceName, Integer participantCount, Long personId, Long householdId,
            List<Long> participantIds, String notes) {

        public Facts {
            participantIds = participantIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(participantIds));
        }

        /** How many took part: one for an individual attention, else the count said or the people listed. */
        public int participants() {
            if (mode == AttentionMode.INDIVIDUAL) {
                return 1;
            }
            return participantCount == null ? participantIds.size() : participantCount;
        }
    }

    private long jurisdictionId;
    private Setting setting;
    private AttentionMode mode;
    private LocalDate attendedOn;
    private long territoryId;
    private String territoryPath;
    private Long fieldTeamId;
    private String actorName;
    private Long serviceId;
    private String serviceName;
    private int participantCount;
    private Long personId;
    private Long householdId;
    private String notes;
    private String createdBy;
    @MappedCollection(idColumn = "attention_id")
    private Set<Participant> participants = new LinkedHashSet<>();

    private Attention() {
    }

    /** The rules an attention's facts break on {@code today} (the territory's date), each naming its field. */
    public static List<FieldError> problems(Facts f, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (f.attendedOn() == null) {
            errors.add(new FieldError("attendedOn", "Indique la fecha de la atención."));
        } else if (f.attendedOn().isAfter(today)) {
            errors.add(new FieldError("attendedOn", "La fecha de la atención no puede ser futura."));
        }
        if (f.fieldTeamId() == null && (f.actorName() == null || f.actorName().isBlank())) {
            errors.add(new FieldError("fieldTeamId", "Indique el equipo o el actor que hizo la atención."));
        }
        if (f.mode() == AttentionMode.INDIVIDUAL) {
            if (f.personId() == null) {
                errors.add(new FieldError("personId", "Una atención individual se registra a una persona."));
            }
            if (!f.participantIds().isEmpty() || (f.participantCount() != null && f.participantCount() != 1)) {
                errors.add(new FieldError("participantCount", "Una atención individual tiene un solo participante."));
            }
        } else if (f.participants() < 1) {
            errors.add(new FieldError("participantCount", "Indique cuántas personas participaron (al menos una)."));
        } else if (f.participants() < f.participantIds().size()) {
            errors.add(new FieldError("participantCount", "El número de participantes (" + f.participants()
                    + ") es menor que la lista de personas (" + f.participantIds().size() + ")."));
        }
        if (f.notes() != null && f.notes().length() > 2000) {
            errors.add(new FieldError("notes", "Las notas admiten 2.000 caracteres."));
        }
        return errors;
    }

    /** Records an attention; refuses facts that break a rule (see {@link #problems}). */
    public static Attention record(Place place, Setting setting, Facts f, LocalDate today, String createdBy) {
        List<FieldError> errors = problems(f, today);
        if (setting == null || f.mode() == null) {
            errors.add(new FieldError(setting == null ? "setting" : "mode", "Falta el entorno o la modalidad."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Attention a = new Attention();
        a.jurisdictionId = place.jurisdictionId();
        a.territoryId = place.territoryId();
        a.territoryPath = place.territoryPath();
        a.setting = setting;
        a.mode = f.mode();
        a.attendedOn = f.attendedOn();
        a.fieldTeamId = f.fieldTeamId();
        a.actorName = blank(f.actorName());
        a.serviceId = f.serviceId();
        a.serviceName = blank(f.serviceName());
        a.participantCount = f.participants();
        a.personId = f.personId();
        a.householdId = f.householdId();
        a.notes = blank(f.notes());
        a.createdBy = createdBy;
        f.participantIds().forEach(p -> a.participants.add(new Participant(p)));
        return a;
    }

    public AttentionMode mode() {
        return mode;
    }

    public Setting setting() {
        return setting;
    }
}
