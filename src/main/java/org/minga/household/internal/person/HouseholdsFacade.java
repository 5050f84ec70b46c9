package org.minga.household.internal.person;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.household.DocumentType;
import org.minga.household.Households;
import org.minga.household.internal.household.HouseholdReadModel;
import org.minga.household.internal.household.HouseholdView;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.household.internal.shared.ScopeQueries.Located;
import org.minga.household.internal.team.FieldTeamReadModel;
import org.minga.platform.CurrentUser;
import org.minga.privacy.Consents;
import org.minga.privacy.PersonalDataHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules ask of households and persons ({@link Households}) and what privacy asks of data subjects. */
@Service
@RequiredArgsConstructor
class HouseholdsFacade implements Households, PersonalDataHolder {

    private final PersonReadModel persons;
    private final HouseholdReadModel households;
    private final PersonService service;
    private final FieldTeamReadModel teams;
    private final ScopeQueries access;
    private final Consents consents;

    @Override
    public DataSubject requireVisible(long personId, CurrentUser user) {
        Located r = access.person(personId, user);
        PersonView p = persons.person(personId);
        return new DataSubject(personId, r.jurisdictionId(), p.fullName(), p.anonymised());
    }

    @Override
    public Optional<DataSubject> subject(long personId) {
        return persons.jurisdictionOf(personId).map(j -> {
            PersonView p = persons.person(personId);
            return new DataSubject(personId, j, p.fullName(), p.anonymised());
        });
    }

    @Override
    public List<DataSubject> subjectsByDocument(long jurisdictionId, String documentNumber) {
        if (documentNumber == null || documentNumber.isBlank()) {
            return List.of();
        }
        return persons.byDocumentNumber(jurisdictionId, documentNumber).stream().map(id -> subject(id).orElseThrow())
                .toList();
    }

    @Override
    public PersonRef requireUsablePerson(long personId, CurrentUser user) {
        Located r = access.person(personId, user);
        PersonView p = persons.person(personId);
        requireUsable(p);
        return new PersonRef(p.id(), p.jurisdictionId(), p.householdId(), p.territoryId(), r.path(), p.fullName());
    }

    static void requireUsable(PersonView p) {
        Person.requireUsable(p.anonymised(), p.mergedInto(), p.processingStopped());
    }

    @Override
    @Transactional
    public PersonRef registerPerson(NewPerson person, long territoryId, CurrentUser user) {
        return service.register(person, territoryId, user);
    }

    @Override
    public Optional<PersonRef> usablePerson(long personId) {
        return persons.unstopped(personId).filter(p -> consents.hasActive(p.id()));
    }

    @Override
    public Optional<PersonFacts> facts(long personId) {
        return persons.facts(personId);
    }

    @Override
    public Optional<PersonContact> contact(long personId) {
        return persons.contact(personId);
    }

    @Override
    public HouseholdRef requireVisibleHousehold(long householdId, CurrentUser user) {
        access.household(householdId, user);
        HouseholdView h = households.household(householdId);
        return new HouseholdRef(h.id(), h.jurisdictionId(), h.code(), h.territoryId(), h.territoryPath());
    }

    @Override
    public Optional<FieldTeamRef> fieldTeam(long jurisdictionId, long teamId) {
        return teams.fieldTeam(jurisdictionId, teamId);
    }

    @Override
    public Optional<FieldTeamRef> fieldTeamByCode(long jurisdictionId, String code) {
        return teams.fieldTeamByCode(jurisdictionId, code);
    }

    @Override
    public Optional<PersonRef> personByDocument(long jurisdictionId, DocumentType type, String number) {
        return persons.byDocument(jurisdictionId, type, number);
    }

    @Override
    public List<HouseholdRef> householdsOf(long jurisdictionId, int limit) {
        return households.householdsOf(jurisdictionId, limit);
    }

    @Override
    public List<PersonRef> usableMembers(long householdId) {
        return persons.usableMembers(householdId);
    }
}
