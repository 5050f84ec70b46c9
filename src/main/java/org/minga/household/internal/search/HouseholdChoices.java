package org.minga.household.internal.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.minga.household.internal.search.Found.FoundHousehold;
import org.minga.household.internal.search.Found.FoundPerson;
import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.Choices.Choice;
import org.minga.privacy.PersonalDataAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Persons and households to choose in a form, within the user's reach of personal data: persons by name or document
 * submitted as their id ({@code persons}) or as their document number with the type for the form's type field
 * ({@code person-documents}, the referral form); households by code, as their id. The options name people, so they
 * are written on the access log as a lookup.
 */
@Configuration
class HouseholdChoices {

    @Bean
    Choices personChoices(SearchReadModel search, PersonalDataAccess log) {
        return Choices.of("persons", (q, user, limit) -> logged(log, PersonalDataAccess.PERSON,
                search.find(q, user, limit).persons(), FoundPerson::id, FoundPerson::jurisdictionId,
                p -> new Choice(String.valueOf(p.id()), p.fullName(), detail(p))), Capability.READ_PERSONAL_DATA);
    }

    @Bean
    Choices personDocumentChoices(SearchReadModel search, PersonalDataAccess log) {
        return Choices.of("person-documents", (q, user, limit) -> logged(log, PersonalDataAccess.PERSON,
                search.find(q, user, limit).persons(), FoundPerson::id, FoundPerson::jurisdictionId,
                p -> new Choice(p.documentNumber(), p.fullName(), detail(p), p.documentType())),
                Capability.READ_PERSONAL_DATA);
    }

    @Bean
    Choices householdCodeChoices(SearchReadModel search, PersonalDataAccess log) {
        return Choices.of("households", (q, user, limit) -> logged(log, PersonalDataAccess.HOUSEHOLD,
                search.find(q, user, limit).households(), FoundHousehold::id, FoundHousehold::jurisdictionId,
                h -> new Choice(String.valueOf(h.id()), h.code(), h.territoryName())), Capability.READ_PERSONAL_DATA);
    }

    static String detail(FoundPerson p) {
        return p.documentType() + " " + p.documentNumber() + " · " + p.territoryName();
    }

    /** The choices, after writing the records they show on the access log (one row per jurisdiction). */
    static <T> List<Choice> logged(PersonalDataAccess log, String type, List<T> found, ToLongFunction<T> id,
            ToLongFunction<T> jurisdiction, Function<T, Choice> choice) {
        Map<Long, List<Long>> byJurisdiction = found.stream().collect(Collectors.groupingBy(
                jurisdiction::applyAsLong, Collectors.mapping(id::applyAsLong, Collectors.toList())));
        byJurisdiction.forEach((j, ids) -> log.logRead(type, ids, j, PersonalDataAccess.LOOKUP));
        return found.stream().map(choice).toList();
    }
}
