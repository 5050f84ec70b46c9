package org.minga.household.internal.characterization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.household.Households;
import org.minga.household.PersonsMerged;
import org.minga.household.internal.characterization.CharacterizationRecords.CharacterizationCommand;
import org.minga.household.internal.characterization.CharacterizationRecords.InstrumentView;
import org.minga.household.internal.person.PersonReadModel;
import org.minga.household.internal.person.PersonView;
import org.minga.household.internal.shared.HouseholdFactsChanged;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.household.internal.shared.ScopeQueries.Located;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;
import org.minga.platform.ValidationException;
import org.minga.privacy.Consents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Characterises a household or a member with an instrument's current version; sensitive answers need coverage. */
@Service
@RequiredArgsConstructor
public class CharacterizationService {

    private final CharacterizationRepository store;
    private final CharacterizationReadModel reads;
    private final InstrumentService instruments;
    private final PersonReadModel persons;
    private final Households households;
    private final ScopeQueries access;
    private final Consents consents;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    @Transactional
    public CharacterizationView characterize(CharacterizationCommand c, CurrentUser user) {
        access.requireWriter(user);
        if (c.instrumentId() == null) {
            throw new ValidationException("instrumentId", "Indique el instrumento de caracterización.");
        }
        if (c.householdId() == null) {
            throw new ValidationException("householdId", "Indique el hogar caracterizado.");
        }
        Located h = access.household(c.householdId(), user);
        InstrumentView inst = instruments.instrument(c.instrumentId(), null);
        if (inst.jurisdictionId() != h.jurisdictionId()) {
            throw new ValidationException("instrumentId", "El instrumento no pertenece a la jurisdicción del hogar.");
        }
        Characterization.Subject subject = Characterization.Subject.valueOf(inst.subject());
        Characterization.requireRespondent(subject, c.personId());
        if (subject == Characterization.Subject.PERSON) {
            requireMember(c, user);
        }
        Jurisdiction j = access.jurisdiction(h.jurisdictionId());
        LocalDate today = LocalDate.now(j.zoneId());
        LocalDate on = c.answeredOn() == null ? today : c.answeredOn();
        Characterization.Respondent who = new Characterization.Respondent(c.householdId(), c.personId(), h.path());
        Map<String, Object> answers = checkedAnswers(c, inst, on, today);
        Characterization stored = store
                .add(Characterization.answered(j.id(), instruments.currentVersionId(inst), subject,
                        who, on, today, answers, user.username()));
        long id = stored.id().value();
        audit.record("CREATE", "Characterization", id, j.id(), "Caracterización con " + inst.code() + " v"
                + inst.currentVersion() + " del hogar " + c.householdId(), null, answers);
        events.publishEvent(new HouseholdFactsChanged(c.householdId()));
        return reads.characterization(id);
    }

    private void requireMember(CharacterizationCommand c, CurrentUser user) {
        PersonView p = persons.person(c.personId());
        if (!Long.valueOf(c.householdId()).equals(p.householdId())) {
            throw new ValidationException("personId", "La persona " + c.personId() + " no es miembro del hogar.");
        }
        households.requireUsablePerson(c.personId(), user);
    }

    /** The answers normalised against the version, every problem named (the date's too). */
    private Map<String, Object> checkedAnswers(CharacterizationCommand c, InstrumentView inst, LocalDate on,
            LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (on.isAfter(today)) {
            errors.add(new FieldError("answeredOn", "La fecha de la caracterización no puede ser futura."));
        }
        Map<String, Object> answers = inst.definition().normalise(c.answers(), errors);
        if (errors.isEmpty()) {
            errors.addAll(sensitiveAnswersWithoutCoverage(inst.definition(), answers, c.householdId(), c.personId()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return answers;
    }

    /**
     * Sensitive answers (health, pregnancy, disability, ethnicity, violence: the questions flagged {@code sensitive})
     * are stored only under an authorization that covers sensitive data: the person's, or for a household
     * instrument every member's. Each refused answer names its question.
     */
    List<FieldError> sensitiveAnswersWithoutCoverage(InstrumentDefinition definition, Map<String, Object> answers,
            long householdId, Long personId) {
        List<InstrumentDefinition.Question> sensitive = definition.questions().stream()
                .filter(q -> q.sensitive() && answers.get(q.code()) != null).toList();
        if (sensitive.isEmpty()) {
            return List.of();
        }
        List<Long> subjects = personId != null ? List.of(personId) : persons.answeringMembers(householdId);
        List<String> uncovered = subjects.stream().filter(p -> !consents.coversSensitive(p))
                .map(p -> persons.person(p).fullName()).toList();
        if (uncovered.isEmpty()) {
            return List.of();
        }
        String who = personId != null ? "de " + uncovered.get(0) : "de " + String.join(", ", uncovered);
        return sensitive.stream().map(q -> new FieldError("answers." + q.code(), "La pregunta «" + q.text()
                + "» pide un dato sensible (Ley 1581 de 2012, art. 5) y la autorización " + who + " no cubre datos "
                + "sensibles: registre una autorización que los cubra expresamente o deje la pregunta sin responder."))
                .toList();
    }

    @EventListener
    void on(PersonsMerged e) {
        store.movePerson(e.mergedPersonId(), e.keptPersonId());
    }
}
