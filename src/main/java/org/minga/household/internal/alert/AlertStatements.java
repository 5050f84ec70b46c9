package org.minga.household.internal.alert;

import java.time.LocalDate;
import java.util.List;

/**
 * The set-based writes of {@link AlertRepository}: alerts the rules open, many at a time. An alert already open for
 * the same rule and person is not opened twice (the unique index {@code alert_open_uq}).
 */
public interface AlertStatements {

    /** An alert a rule opens on a household (or one of its members), due on {@code dueOn}. */
    record Opening(long jurisdictionId, long ruleId, long householdId, Long personId, String severity, String detail,
            LocalDate dueOn) {
    }

    /** Opens alerts on one household, copying its territory and field team; answers how many were opened. */
    int open(List<Opening> openings, String territoryPath, Long fieldTeamId);

    /** Opens alerts on households just imported, in batches, copying each household's territory. */
    void openOnNewHouseholds(List<Opening> openings);
}
