package org.minga.household.internal.alert;

import java.util.Optional;

import org.minga.household.internal.care.CarePlanReadModel;
import org.minga.household.internal.care.CarePlanRecords.CarePlanView;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.planning.ClassifiedKind;
import org.minga.planning.ClassifiedSubjects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Household answers for its records a strategy classifies (the link is planning's): an alert and a need of a care
 * plan, each read within the user's reach of the household, classified by whoever records household data there.
 * Their titles name no person nor household (the record's own page shows them, and logs the reading).
 */
@Configuration(proxyBeanMethods = false)
class HouseholdClassifiedSubjects {

    @Bean
    ClassifiedSubjects alertSubjects(AlertReadModel alerts, ScopeQueries access) {
        return ClassifiedSubjects.of(ClassifiedKind.ALERT, (id, user) -> {
            AlertRecords.AlertView a = alerts.alert(id, user);
            ScopeQueries.Located h = access.household(a.householdId(), user);
            return Optional.of(new ClassifiedSubjects.Subject(a.jurisdictionId(), h.path(), "Alerta " + id + " · "
                    + a.ruleName(), "/households/" + a.householdId(),
                    access.canWrite(user)));
        });
    }

    @Bean
    ClassifiedSubjects careNeedSubjects(CarePlanReadModel plans, ScopeQueries access) {
        return ClassifiedSubjects.of(ClassifiedKind.CARE_NEED, (id, user) -> {
            Optional<Long> planId = plans.planOfAction(id);
            if (planId.isEmpty()) {
                return Optional.empty();
            }
            CarePlanView p = plans.plan(planId.get(), user);
            ScopeQueries.Located h = access.household(p.householdId(), user);
            return Optional.of(new ClassifiedSubjects.Subject(p.jurisdictionId(), h.path(), "Necesidad " + id
                    + " del plan de cuidado " + p.id(), "/care-plans/" + p.id(), access.canWrite(user)));
        });
    }
}
