package org.minga.training.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minga.platform.Aggregate;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Technical assistance (asistencia técnica / acompañamiento) to a territory or its local government: the topic, the
 * agreements reached and the follow-up date, which cannot come before the assistance itself.
 */
@Table("technical_assistance")
public class TechnicalAssistance extends Aggregate<TechnicalAssistance> {

    /** What the assistance says, as given. */
    public record Facts(AssistanceKind kind, String topic, LocalDate heldOn, String agreements, LocalDate followUpOn,
            String responsible) {
    }

    private long jurisdictionId;
    private long territoryId;
    private String territoryPath;
    private AssistanceKind kind;
    private String topic;
    private LocalDate heldOn;
    private String agreements;
    private LocalDate followUpOn;
    private String responsible;
    private String createdBy;

    private TechnicalAssistance() {
    }

    public static TechnicalAssistance record(long jurisdictionId, long territoryId, String territoryPath, Facts f,
            String createdBy) {
        List<FieldError> errors = new ArrayList<>();
        if (f.kind() == null) {
            errors.add(new FieldError("kind", "Indique si es una visita o un acompañamiento."));
        }
        if (f.topic() == null || f.topic().isBlank() || f.topic().length() > 300) {
            errors.add(new FieldError("topic", "Indique el tema de la asistencia (hasta 300 caracteres)."));
        }
        if (f.heldOn() == null) {
            errors.add(new FieldError("heldOn", "Indique la fecha de la asistencia."));
        } else if (f.followUpOn() != null && f.followUpOn().isBefore(f.heldOn())) {
            errors.add(new FieldError("followUpOn", "El seguimiento no puede ser antes de la asistencia."));
        }
        if (f.agreements() != null && f.agreements().length() > 4000) {
            errors.add(new FieldError("agreements", "Los acuerdos admiten 4.000 caracteres."));
        }
        if (f.responsible() == null || f.responsible().isBlank() || f.responsible().length() > 200) {
            errors.add(new FieldError("responsible", "Indique quién presta la asistencia."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        TechnicalAssistance a = new TechnicalAssistance();
        a.jurisdictionId = jurisdictionId;
        a.territoryId = territoryId;
        a.territoryPath = territoryPath;
        a.kind = f.kind();
        a.topic = f.topic().strip();
        a.heldOn = f.heldOn();
        a.agreements = blank(f.agreements());
        a.followUpOn = f.followUpOn();
        a.responsible = f.responsible().strip();
        a.createdBy = createdBy;
        return a;
    }
}
