package org.minga.household.internal.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.minga.household.internal.search.Found.FoundPerson;
import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.CurrentUser;
import org.minga.privacy.PersonalDataAccess;

/**
 * Persons to choose in a form (by name or document, within the user's reach of personal data), submitted as their
 * id ({@code persons}) or as their document number with the type for the form's type field
 * ({@code person-documents}, the referral form). The options name people: they are written on the access log.
 */
class PersonChoices implements Choices {

    private final String kind;
    private final boolean byDocument;
    private final SearchReadModel search;
    private final PersonalDataAccess log;

    PersonChoices(String kind, boolean byDocument, SearchReadModel search, PersonalDataAccess log) {
        this.kind = kind;
        this.byDocument = byDocument;
        this.search = search;
        this.log = log;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public List<Capability> capabilities() {
        return List.of(Capability.READ_PERSONAL_DATA);
    }

    @Override
    public List<Choice> find(String query, CurrentUser user, int limit) {
        List<FoundPerson> found = search.find(query, user, limit).persons();
        Map<Long, List<Long>> byJurisdiction = found.stream().collect(Collectors.groupingBy(FoundPerson::jurisdictionId,
                Collectors.mapping(FoundPerson::id, Collectors.toList())));
        byJurisdiction.forEach((j, ids) -> log.logRead(PersonalDataAccess.PERSON, ids, j, PersonalDataAccess.LOOKUP));
        return found.stream()
                .map(p -> new Choice(byDocument ? p.documentNumber() : String.valueOf(p.id()), p.fullName(),
                        p.documentType() + " " + p.documentNumber() + " · " + p.territoryName(), p.documentType()))
                .toList();
    }
}
