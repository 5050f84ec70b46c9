package org.minga.household;

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

    /** A person's data that eligibility rules use; {@code populationGroups} as declared, comma-separated. */
    record PersonFacts(long id, java.time.LocalDate birthDate, String sex, boolean disability, String populationGroups,
                       String ethnicity, String sisbenGroup, String territoryPath, String territoryName) {
    }

    record PersonRef(long id, long jurisdictionId, Long householdId, long territoryId, String territoryPath,
                     String displayName) {
    }

    record HouseholdRef(long id, long jurisdictionId, String code, long territoryId, String territoryPath) {
    }

    record FieldTeamRef(long id, long jurisdictionId, String code, String name) {
    }
}
