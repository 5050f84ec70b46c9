package org.minga.planning.internal.strategy;

import java.util.Optional;

import org.minga.planning.ClassifiedKind;
import org.minga.planning.ClassifiedSubjects;
import org.minga.platform.Capability;
import org.minga.territory.Territories;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Planning answers for its own classified records: goals and actions, read by plan scope, classified by planners. */
@Configuration(proxyBeanMethods = false)
class PlanSubjects {

    @Bean
    ClassifiedSubjects goalSubjects(StrategySubjectQueries queries, Territories territories) {
        return subjects(ClassifiedKind.GOAL, queries, territories);
    }

    @Bean
    ClassifiedSubjects actionSubjects(StrategySubjectQueries queries, Territories territories) {
        return subjects(ClassifiedKind.ACTION, queries, territories);
    }

    private static ClassifiedSubjects subjects(ClassifiedKind kind, StrategySubjectQueries queries,
            Territories territories) {
        return ClassifiedSubjects.of(kind, (id, user) -> {
            Optional<StrategySubjectQueries.Located> found = kind == ClassifiedKind.GOAL ? queries.goal(id)
                    : queries.action(id);
            return found.filter(l -> territories.scopeOf(user).includesOrAbove(l.jurisdictionId(), l.territoryPath()))
                    .map(l -> new ClassifiedSubjects.Subject(l.jurisdictionId(), l.territoryPath(), l.title(),
                            l.url(), territories.scopeOf(user, Capability.MANAGE_PLANS)
                                    .includes(l.jurisdictionId(), l.territoryPath())));
        });
    }
}
