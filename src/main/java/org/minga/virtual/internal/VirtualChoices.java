package org.minga.virtual.internal;

import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.Choices.Choice;
import org.minga.platform.CurrentUser;
import org.minga.platform.Labels;
import org.minga.platform.TextKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * What the virtual-territory and campaign forms offer to choose: the virtual territories the user reads (by code)
 * and the population groups already named in the jurisdiction (so a team writes a group the same way each time).
 */
@Component
record VirtualChoices(VirtualTerritoryQueries queries, VirtualTerritoryReadModel read, Labels labels) {

    @Bean
    Choices virtualTerritoriesToChoose() {
        return Choices.of("virtual-territories", this::virtualTerritories, Capability.READ_TERRITORIAL_INFO);
    }

    @Bean
    Choices populationGroupsToChoose() {
        return Choices.of("population-groups", this::populationGroups, Capability.READ_TERRITORIAL_INFO);
    }

    List<Choice> virtualTerritories(String query, CurrentUser user, int limit) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        return queries.list(user).stream().filter(v -> TextKeys.wordsStartIn(words, v.name() + " " + v.code()))
                .limit(limit).map(v -> new Choice(v.code(), v.name(), labels.of(v.kind()) + " · " + v.code()))
                .toList();
    }

    List<Choice> populationGroups(String query, CurrentUser user, int limit) {
        List<String> words = words(query);
        if (words.isEmpty() || user.jurisdictionId() == null) {
            return List.of();
        }
        return read.populationGroupNames(user.jurisdictionId()).stream()
                .filter(g -> TextKeys.wordsStartIn(words, g)).limit(limit).map(g -> new Choice(g, g, null))
                .toList();
    }

    private static List<String> words(String query) {
        String key = TextKeys.key(query == null ? "" : query).strip();
        return key.isEmpty() ? List.of() : List.of(key.split("[^a-z0-9]+"));
    }
}
