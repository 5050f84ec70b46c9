package org.minga.training.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.platform.Aggregate;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A session of a {@link TrainingProgramme} (sesión de formación): its date, hours, place or link, facilitators and
 * materials, and who attended with their satisfaction. Held and attended only while its programme is open.
 */
@Table("training_session")
public class TrainingSession extends Aggregate<TrainingSession> {

    /** What a session says, as given; checked by {@link #hold}. */
    public record Details(LocalDate heldOn, BigDecimal hours, String place, String link, String facilitators,
            String materials) {
    }

    private long programmeId;
    private LocalDate heldOn;
    private BigDecimal hours;
    private String place;
    private String link;
    private String facilitators;
    private String materials;
    @MappedCollection(idColumn = "session_id", keyColumn = "participant_id")
    private Map<Long, Attendance> attendances = new LinkedHashMap<>();

    private TrainingSession() {
    }

    /** The rules the details break, each naming its field. */
    public static List<FieldError> problems(Details d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.heldOn() == null) {
            errors.add(new FieldError("heldOn", "Indique la fecha de la sesión."));
        }
        if (d.hours() == null || d.hours().signum() <= 0 || d.hours().compareTo(BigDecimal.valueOf(24)) > 0) {
            errors.add(new FieldError("hours", "Las horas de la sesión van de más de 0 a 24."));
        }
        if (blank(d.place()) == null && blank(d.link()) == null) {
            errors.add(new FieldError("place", "Indique el lugar o el enlace de la sesión."));
        }
        if (d.place() != null && d.place().length() > 300) {
            errors.add(new FieldError("place", "El lugar admite 300 caracteres."));
        }
        if (d.link() != null && !d.link().isBlank() && !d.link().strip().matches("(?i)https?://\\S{1,490}")) {
            errors.add(new FieldError("link", "El enlace debe ser una dirección http o https."));
        }
        if (blank(d.facilitators()) == null || d.facilitators().length() > 500) {
            errors.add(new FieldError("facilitators", "Indique quiénes facilitan la sesión (hasta 500 caracteres)."));
        }
        if (d.materials() != null && d.materials().length() > 2000) {
            errors.add(new FieldError("materials", "Los materiales admiten 2.000 caracteres."));
        }
        return errors;
    }

    /** A session of an open programme; refuses details that break a rule. */
    public static TrainingSession hold(TrainingProgramme programme, Details d) {
        programme.requireOpen();
        List<FieldError> errors = problems(d);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TrainingSession s = new TrainingSession();
        s.programmeId = programme.id().value();
        s.heldOn = d.heldOn();
        s.hours = d.hours();
        s.place = blank(d.place());
        s.link = blank(d.link());
        s.facilitators = blank(d.facilitators());
        s.materials = blank(d.materials());
        return s;
    }

    /**
     * Records that a participant of the programme attended, with their satisfaction (1 to 5, or null when not asked);
     * recording it again changes the satisfaction. Refused when the programme is not open.
     */
    public void attend(TrainingProgramme programme, Participant participant, Integer satisfaction) {
        programme.requireOpen();
        if (programme.id().value() != programmeId || participant.programmeId() != programmeId) {
            throw new ValidationException("participantId", "La persona no participa en el programa de esta sesión.");
        }
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            throw new ValidationException("satisfaction", "La satisfacción va de 1 a 5.");
        }
        attendances.put(participant.id().value(), new Attendance(satisfaction));
    }

    public long programmeId() {
        return programmeId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public int attendanceCount() {
        return attendances.size();
    }
}
