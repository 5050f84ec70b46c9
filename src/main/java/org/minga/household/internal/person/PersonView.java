package org.minga.household.internal.person;

import java.time.LocalDate;
import java.util.List;

import org.minga.privacy.PersonalRecord;

/**
 * A person as shown. {@code sensitiveFields} names the fields that hold sensitive data (Ley 1581, art. 5).
 * {@code processingStopped} is true once every authorization was withdrawn: the record is kept but not used.
 */
public record PersonView(long id, long jurisdictionId, Long householdId, String householdCode, String relation,
        long territoryId, String territoryName, String documentType, String documentNumber,
        String firstName, String middleName, String lastName, String secondLastName, String fullName,
        LocalDate birthDate, Integer age, String sex, String genderIdentity, String ethnicity,
        boolean disability, boolean disabilityCertified, String populationGroups, String phone,
        String email, boolean processingStopped, boolean anonymised, Long mergedInto,
        List<String> sensitiveFields, int version) implements PersonalRecord {

    @Override
    public void accessedSubjects(Subjects s) {
        s.person(id, jurisdictionId).household(householdId, jurisdictionId);
    }
}
