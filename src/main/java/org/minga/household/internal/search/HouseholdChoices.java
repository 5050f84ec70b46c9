package org.minga.household.internal.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.minga.household.internal.search.Found.FoundHousehold;
import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.CurrentUser;
import org.minga.privacy.PersonalDataAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Households to choose by code (submitted as their id), and the persons' choices: all written on the access log. */
@Configuration
class HouseholdChoices {

    @Bean
    Choices personChoices(SearchReadModel search, PersonalDataAccess log) {
        return new PersonChoices("persons", false, search, log);
    }

    @Bean
    Choices personDocumentChoices(SearchReadModel search, PersonalDataAccess log) {
        return new PersonChoices("person-documents", true, search, log);
    }

    @Bean
    Choices householdCodeChoices(SearchReadModel search, PersonalDataAccess log) {
        return new Choices() {
            @Override
            public String kind() {
                return "households";
            }

            @Override
            public List<Capability> capabilities() {
                return List.of(Capability.READ_PERSONAL_DATA);
            }

            @Override
            public List<Choice> find(String query, CurrentUser user, int limit) {
                List<FoundHousehold> found = search.find(query, user, limit).households();
                Map<Long, List<Long>> byJurisdiction = found.stream().collect(Collectors.groupingBy(
                        FoundHousehold::jurisdictionId,
                        Collectors.mapping(FoundHousehold::id, Collectors.toList())));
                byJurisdiction.forEach((j, ids) -> log.logRead(PersonalDataAccess.HOUSEHOLD, ids, j,
                        PersonalDataAccess.LOOKUP));
                return found.stream().map(h -> new Choice(String.valueOf(h.id()), h.code(), h.territoryName()))
                        .toList();
            }
        };
    }
}
