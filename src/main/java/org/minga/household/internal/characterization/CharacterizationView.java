package org.minga.household.internal.characterization;

import java.time.LocalDate;
import java.util.Map;

import org.minga.privacy.PersonalRecord;

/** A characterisation as read: its answers with the definition of the version they were given on. */
public record CharacterizationView(long id, long householdId, Long personId, long instrumentId, String instrumentName,
        int instrumentVersion, LocalDate answeredOn, Map<String, Object> answers,
        InstrumentDefinition definition, String createdBy) implements PersonalRecord {

    @Override
    public void accessedSubjects(Subjects s) {
        s.household(householdId, null).person(personId, null);
    }
}
