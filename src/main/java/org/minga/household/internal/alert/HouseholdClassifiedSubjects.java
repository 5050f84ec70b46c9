package org.minga.household.internal.alert;

import java.util.Optional;

import org.minga.household.internal.care.CarePlanReadModel;
import org.minga.household.internal.care.CarePlanRecords.ActionView;
import org.minga.household.internal.care.CarePlanRecords.CarePlanView;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.planning.ClassifiedKind;
import org.minga.planning.ClassifiedSubjects;
import org.minga.platform.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Household answers for its records a strategy classifies (the link is planning's): an alert and a need of a care
 * plan, each read within the user's reach of the household, classified by whoever records household data there.
 */
@Configuration(proxyBeanMethods = false)
class HouseholdClassifiedSubjects {

    @Bean
    ClassifiedSubjects alertSubjects(AlertReadModel alerts, ScopeQueries access) {
        return new ClassifiedSubjects() {
            @Override
            public ClassifiedKind kind() {
                return ClassifiedKind.ALERT;
            }

            @Override
            public Optional<Subject> find(long id, CurrentUser user) {
                AlertRecords.AlertView a = alerts.alert(id, user);
                ScopeQueries.Located h = access.household(a.householdId(), user);
                return Optional.of(new Subject(a.jurisdictionId(), h.path(), "Alerta " + id + " · " + a.ruleName()
                        + " · hogar " + a.householdCode(), "/households/" + a.householdId(),
                        access.canWrite(user)));
            }
        };
    }

    @Bean
    ClassifiedSubjects careNeedSubjects(CarePlanReadModel plans, ScopeQueries access) {
        return new ClassifiedSubjects() {
            @Override
            public ClassifiedKind kind() {
                return ClassifiedKind.CARE_NEED;
            }

            @Override
            public Optional<Subject> find(long id, CurrentUser user) {
                Optional<Long> planId = plans.planOfAction(id);
                if (planId.isEmpty()) {
                    return Optional.empty();
                }
                CarePlanView p = plans.plan(planId.get(), user);
                ScopeQueries.Located h = access.household(p.householdId(), user);
                String need = p.actions().stream().filter(a -> a.id() == id).map(ActionView::need).findFirst()
                        .orElse("");
                return Optional.of(new Subject(p.jurisdictionId(), h.path(), "Necesidad «" + need
                        + "» del plan de cuidado " + p.id(), "/care-plans/" + p.id(), access.canWrite(user)));
            }
        };
    }
}
