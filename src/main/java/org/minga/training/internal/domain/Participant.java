package org.minga.training.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.minga.platform.Aggregate;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone who takes part in a {@link TrainingProgramme}: an official (a user account) or a community agent (a person
 * of the household module, under Ley 1581), with the diversity they declared, the scores of the knowledge check and
 * their completion. {@link #complete} is the one way to a certificate: it refuses when the programme's
 * {@link CompletionRule} is not met, or when the participant already completed.
 */
@Table("training_participant")
public class Participant extends Aggregate<Participant> {

    /** Who takes part: exactly one of a person and a user, with the name the certificate carries. */
    public record Who(Long personId, Long userId, String name, String territoryPath) {
        public Who {
            if ((personId == null) == (userId == null)) {
                throw new ValidationException("participant", "Indique una persona o un usuario (uno de los dos).");
            }
            if (name == null || name.isBlank() || name.length() > 300) {
                throw new ValidationException("name", "Falta el nombre del participante.");
            }
        }
    }

    private long programmeId;
    private long jurisdictionId;
    private Long personId;
    private Long userId;
    private String name;
    private String territoryPath;
    private String sex;
    private String genderIdentity;
    private String ethnicity;
    private String ageGroup;
    private Boolean disability;
    private BigDecimal scoreBefore;
    private BigDecimal scoreAfter;
    private ParticipantStatus status;
    private LocalDate completedOn;
    private String certificateCode;

    private Participant() {
    }

    /** Enrols someone in a programme that is not closed (convocation). */
    public static Participant enrol(TrainingProgramme programme, Who who, Diversity diversity) {
        if (programme.status() == ProgrammeStatus.CLOSED) {
            throw new IllegalTrainingTransition(
                    "El programa " + programme.code() + " está cerrado: no admite inscripciones.");
        }
        Participant p = new Participant();
        p.programmeId = programme.id().value();
        p.jurisdictionId = programme.jurisdictionId();
        p.personId = who.personId();
        p.userId = who.userId();
        p.name = who.name().strip();
        p.territoryPath = who.territoryPath() == null ? programme.territoryPath() : who.territoryPath();
        p.sex = diversity.sex();
        p.genderIdentity = diversity.genderIdentity();
        p.ethnicity = diversity.ethnicity();
        p.ageGroup = diversity.ageGroup();
        p.disability = diversity.disability();
        p.status = ParticipantStatus.ENROLLED;
        return p;
    }

    /** Records the knowledge check's scores (0 to 100) before and after; refused once completed. */
    public void assess(BigDecimal before, BigDecimal after) {
        if (status == ParticipantStatus.COMPLETED) {
            throw new IllegalTrainingTransition(name + " ya completó el programa: su evaluación no cambia.");
        }
        check("scoreBefore", before);
        check("scoreAfter", after);
        scoreBefore = before;
        scoreAfter = after;
    }

    private static void check(String field, BigDecimal score) {
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new ValidationException(field, "El puntaje va de 0 a 100.");
        }
    }

    /**
     * Completes the programme when its rule is met by {@code attended} of {@code held} sessions and the final score,
     * with the certificate's verification code; refused otherwise, with the reason.
     */
    public ParticipantCompleted complete(TrainingProgramme programme, int attended, int held, LocalDate today,
            String code) {
        if (status == ParticipantStatus.COMPLETED) {
            throw new IllegalTrainingTransition(
                    name + " ya completó el programa (certificado " + certificateCode + ").");
        }
        if (programme.id().value() != programmeId) {
            throw new ValidationException("participantId", "La persona no participa en este programa.");
        }
        String unmet = programme.rule().unmetBy(attended, held, scoreAfter);
        if (unmet != null) {
            throw new IllegalTrainingTransition(name + " no completa el programa: " + unmet);
        }
        status = ParticipantStatus.COMPLETED;
        completedOn = today;
        certificateCode = code;
        return new ParticipantCompleted(identity(), programmeId, personId, userId, programme.capacityIds(), today);
    }

    public long programmeId() {
        return programmeId;
    }

    public Long personId() {
        return personId;
    }

    public Long userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public ParticipantStatus status() {
        return status;
    }

    public String certificateCode() {
        return certificateCode;
    }
}
