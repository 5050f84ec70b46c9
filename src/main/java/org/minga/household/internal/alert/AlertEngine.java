package org.minga.household.internal.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minga.household.internal.alert.AlertRules.Facts;
import org.minga.household.internal.alert.AlertRules.Firing;
import org.minga.household.internal.alert.AlertRules.Member;
import org.minga.household.internal.alert.AlertRules.Rule;
import org.minga.household.internal.alert.AlertStatements.Opening;
import org.minga.household.internal.alert.HouseholdFactsReadModel.Placement;
import org.minga.household.internal.shared.HouseholdFactsChanged;
import org.minga.platform.Times;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the alert rules of a jurisdiction over a household: its members' personal data and the latest answer
 * to each question of its characterisations ({@link AlertRules} decides). A rule that fires opens an alert unless
 * one is already open for the same rule and person (the unique index {@code alert_open_uq}). Persons whose
 * authorization was withdrawn, anonymised or merged are never evaluated.
 */
@Component
public record AlertEngine(AlertRuleRepository rules, HouseholdFactsReadModel facts, AlertRepository alerts) {

    private List<Rule> rules(long jurisdictionId) {
        return rules.ofJurisdiction(jurisdictionId, true).stream().map(AlertRule::toRule).toList();
    }

    /**
     * Alerts of households just created by an import, from their members' data (they have no answers yet):
     * the same rules, batched. Returns the alerts opened.
     */
    public int evaluateNew(long jurisdictionId, Map<Long, List<Member>> members) {
        if (members.isEmpty()) {
            return 0;
        }
        List<Rule> active = rules(jurisdictionId);
        if (active.isEmpty()) {
            return 0;
        }
        LocalDate today = Times.todayIn(jurisdictionId);
        List<Opening> openings = new ArrayList<>();
        for (Map.Entry<Long, List<Member>> e : members.entrySet()) {
            openings.addAll(openings(jurisdictionId, active, new Facts(e.getKey(), e.getValue(), Map.of()), today));
        }
        alerts.openOnNewHouseholds(openings);
        return openings.size();
    }

    @EventListener
    void on(HouseholdFactsChanged e) {
        evaluateHousehold(e.householdId());
    }

    /** Evaluates every active rule of the household's jurisdiction; returns the alerts opened. */
    public int evaluateHousehold(long householdId) {
        Placement h = facts.placement(householdId);
        LocalDate today = Times.todayIn(h.jurisdictionId());
        List<Opening> openings = openings(h.jurisdictionId(), rules(h.jurisdictionId()), facts.facts(householdId),
                today);
        return alerts.open(openings, h.path(), h.team());
    }

    /** How many households a re-run went over and how many alerts it opened. */
    record Rerun(int households, int opened) {
    }

    /** Re-runs every rule over the households of a jurisdiction under a territory pattern. */
    Rerun evaluateHouseholds(long jurisdictionId, String likePattern) {
        List<Long> ids = facts.households(jurisdictionId, likePattern);
        int opened = 0;
        for (long id : ids) {
            opened += evaluateHousehold(id);
        }
        return new Rerun(ids.size(), opened);
    }

    private static List<Opening> openings(long jurisdictionId, List<Rule> rules, Facts facts, LocalDate today) {
        List<Opening> openings = new ArrayList<>();
        for (Rule rule : rules) {
            for (Firing f : AlertRules.evaluate(rule, facts, today)) {
                openings.add(new Opening(jurisdictionId, rule.id(), facts.householdId(), f.personId(),
                        rule.severity(), f.detail(), today.plusDays(rule.dueDays())));
            }
        }
        return openings;
    }
}
