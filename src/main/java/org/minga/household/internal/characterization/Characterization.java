package org.minga.household.internal.characterization;

import java.time.LocalDate;
import java.util.Map;

import org.minga.platform.Aggregate;
import org.minga.platform.Identity;
import org.minga.platform.ValidationException;

/**
 * The answers a household or one of its members gave to one version of an instrument (ficha de caracterización), on
 * a day not after today. An instrument about persons needs the member; one about the household takes none. The
 * answers keep reading against the version they were given on.
 */
public final class Characterization extends Aggregate<Characterization> {

    public enum Subject {
        HOUSEHOLD, PERSON
    }

    private final long jurisdictionId;
    private final long instrumentVersionId;
    private final long householdId;
    private final Long personId;
    private final String territoryPath;
    private final LocalDate answeredOn;
    private final Map<String, Object> answers;
    private final String createdBy;

    private Characterization(long jurisdictionId, long instrumentVersionId, long householdId, Long personId,
            String territoryPath, LocalDate answeredOn, Map<String, Object> answers, String createdBy) {
        this.jurisdictionId = jurisdictionId;
        this.instrumentVersionId = instrumentVersionId;
        this.householdId = householdId;
        this.personId = personId;
        this.territoryPath = territoryPath;
        this.answeredOn = answeredOn;
        this.answers = Map.copyOf(answers);
        this.createdBy = createdBy;
    }

    /** Who answers: the household, or a member when the instrument is about persons. */
    public record Respondent(long householdId, Long personId, String territoryPath) {
    }

    /** Answers already normalised against the instrument version {@code instrumentVersionId}. */
    public static Characterization answered(long jurisdictionId, long instrumentVersionId, Subject subject,
            Respondent who,
            LocalDate answeredOn, LocalDate today, Map<String, Object> answers,
            String createdBy) {
        requireRespondent(subject, who.personId());
        if (answeredOn == null || answeredOn.isAfter(today)) {
            throw new ValidationException("answeredOn", "La fecha de la caracterización no puede ser futura.");
        }
        return new Characterization(jurisdictionId, instrumentVersionId, who.householdId(), who.personId(),
                who.territoryPath(), answeredOn, answers, createdBy);
    }

    /** An instrument about persons needs the member who answers; one about the household takes none. */
    public static void requireRespondent(Subject subject, Long personId) {
        if (subject == Subject.PERSON && personId == null) {
            throw new ValidationException("personId", "Este instrumento caracteriza a una persona: indique cuál.");
        }
        if (subject == Subject.HOUSEHOLD && personId != null) {
            throw new ValidationException("personId", "Este instrumento caracteriza al hogar: no indique una persona.");
        }
    }

    /** The characterisation as stored: a copy with the identity the insert returned. */
    Characterization stored(long newId) {
        Characterization c = new Characterization(jurisdictionId, instrumentVersionId, householdId, personId,
                territoryPath, answeredOn, answers, createdBy);
        c.identify(new Identity<>(newId));
        return c;
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public long instrumentVersionId() {
        return instrumentVersionId;
    }

    public long householdId() {
        return householdId;
    }

    public Long personId() {
        return personId;
    }

    public String territoryPath() {
        return territoryPath;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public Map<String, Object> answers() {
        return answers;
    }

    public String createdBy() {
        return createdBy;
    }
}
