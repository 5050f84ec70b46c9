package org.minga.household;

import org.minga.privacy.PersonalRecord;

import java.util.List;
import java.util.Optional;

import org.minga.platform.CurrentUser;

/** What other modules (attention) need from households, persons and field teams, checked against scope. */
public interface Households {

    /** A person visible to the user whose data may still be used; throws otherwise. */
    PersonRef requireUsablePerson(long personId, CurrentUser user);

    HouseholdRef requireVisibleHousehold(long householdId, CurrentUser user);

    Optional<FieldTeamRef> fieldTeam(long jurisdictionId, long teamId);

    Optional<FieldTeamRef> fieldTeamByCode(long jurisdictionId, String code);

    Optional<PersonRef> personByDocument(long jurisdictionId, DocumentType type, String number);

    /** Households of a jurisdiction in code order, for demo data and samples (no scope check). */
    List<HouseholdRef> householdsOf(long jurisdictionId, int limit);

    /** The usable members of a household (authorized, not anonymised, not merged). */
    List<PersonRef> usableMembers(long householdId);

    /**
     * What eligibility rules look at of a person (no scope check: call it after {@link #requireUsablePerson});
     * empty when the person does not exist.
     */
    Optional<PersonFacts> facts(long personId);

    /**
     * How to identify and reach a person: document, phone, e-mail and the household's address (no scope check: the
     * caller decides which of them the user may see). Empty when the person does not exist or was anonymised.
     */
    Optional<PersonContact> contact(long personId);

    /** A person's data that eligibility rules use; {@code populationGroups} as declared, comma-separated. */
    /**
     * Registers a person without a characterised household in territory {@code territoryId} with the authorization
     * given (Ley 1581 de 2012), for a caller that has already checked the user's right to register people there
     * (a stand at a service fair registers people of the fair's barrio whatever the staff's territorial scope).
     * Validates like the household pages ({@link org.minga.platform.ValidationException} naming each field), refuses
     * a duplicate document, and audits the creation.
     */
    PersonRef registerPerson(NewPerson person, long territoryId, CurrentUser user);

    /** A person whose data may still be used, without a territorial scope check (the caller checked access). */
    Optional<PersonRef> usablePerson(long personId);

    /** A person to register from another module: sex F, M or I; population groups comma-separated. */
    record NewPerson(String documentType, String documentNumber, String firstName, String middleName, String lastName,
            String secondLastName, java.time.LocalDate birthDate, String sex, String populationGroups,
            String phone, org.minga.privacy.AuthorizationCommand authorization) {
    }

    record PersonFacts(long id, java.time.LocalDate birthDate, String sex, boolean disability, String populationGroups,
            String ethnicity, String sisbenGroup, String territoryPath, String territoryName,
            String genderIdentity) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(id, null);
        }

    }

    record PersonRef(long id, long jurisdictionId, Long householdId, long territoryId, String territoryPath,
            String displayName) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(id, jurisdictionId).household(householdId, jurisdictionId);
        }

    }

    record HouseholdRef(long id, long jurisdictionId, String code, long territoryId,
            String territoryPath) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.household(id, jurisdictionId);
        }

    }

    record PersonContact(long id, String documentType, String documentNumber, String phone, String email,
            String address) implements PersonalRecord {

        @Override
        public void accessedSubjects(Subjects s) {
            s.person(id, null);
        }
    }

    record FieldTeamRef(long id, long jurisdictionId, String code, String name) {
    }
}
