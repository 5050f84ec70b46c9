package org.minga.participation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.minga.participation.internal.ServicePointReadModel.PointView;
import org.minga.participation.internal.ServicePointReadModel.Satisfaction;
import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.Choices;
import org.minga.platform.Choices.Choice;
import org.minga.platform.CurrentUser;
import org.minga.platform.TextKeys;
import org.minga.territory.Territories;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The service points within the user's reach to choose for a dialogue (issue 23), each shown with the evidence for
 * choosing it: its territory, its head, the value group it serves most and the satisfaction of its dialogues over
 * time; submitted as the point's name (what a space records).
 */
@Component
record ServicePointChoices(ServicePointReadModel points, Territories territories) {

    @Bean
    Choices servicePointsToChoose() {
        return Choices.of("service-points", this::find, Capability.READ_TERRITORIAL_INFO);
    }

    List<Choice> find(String query, CurrentUser user, int limit) {
        AccessScope scope = territories.scopeOf(user);
        String key = TextKeys.key(query == null ? "" : query).strip();
        if (scope.none() || key.isEmpty()) {
            return List.of();
        }
        // points are few per jurisdiction (tens): the words are compared in Java, accents and case aside
        List<String> words = List.of(key.split("[^a-z0-9]+"));
        return points.inJurisdiction(scope.jurisdictionId()).stream()
                .filter(p -> scope.includes(p.jurisdictionId(), p.territoryPath()))
                .filter(p -> TextKeys.wordsStartIn(words, p.name() + " " + p.territoryName()))
                .limit(limit).map(p -> new Choice(p.name(), p.name(), evidence(p))).toList();
    }

    /** "Suba · jefe: Ana Ruiz · más atendido: Personas mayores (40 %) · satisfacción 3,8 → 4,4 (3 diálogos)". */
    static String evidence(PointView p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.territoryName());
        if (p.head() != null) {
            parts.add("jefe: " + p.head());
        }
        if (!p.valueGroups().isEmpty()) {
            var top = p.valueGroups().get(0);
            parts.add("más atendido: " + top.label() + " (" + decimal(top.percent()) + " %)");
        }
        List<Satisfaction> s = p.satisfaction();
        if (!s.isEmpty()) {
            String series = String.join(" → ", s.stream().map(x -> decimal(x.mean())).toList());
            parts.add("satisfacción " + series + " (" + s.size() + (s.size() == 1 ? " diálogo)" : " diálogos)"));
        }
        return String.join(" · ", parts);
    }

    private static String decimal(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
