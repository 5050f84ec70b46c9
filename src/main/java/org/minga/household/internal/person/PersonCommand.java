package org.minga.household.internal.person;

import java.time.LocalDate;

import org.minga.privacy.AuthorizationCommand;

/**
 * A person to create or update. {@code authorization} is required on creation (Ley 1581 de 2012); on update
 * an existing active authorization is enough. {@code territoryId} is used only for persons without a household.
 */
public record PersonCommand(Long householdId, String relation, Long territoryId, String documentType,
        String documentNumber,
        String firstName, String middleName, String lastName, String secondLastName,
        LocalDate birthDate, String sex, String genderIdentity, String ethnicity, Boolean disability,
        Boolean disabilityCertified, String populationGroups, String phone, String email,
        AuthorizationCommand authorization, Integer version) {
}
