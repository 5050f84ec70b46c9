package org.minga.planning.internal;

import org.minga.planning.internal.domain.Target;

/** The rows an indicator keeps beside it: targets and measurements per period (and territory). */
interface IndicatorStatements {

    void putTarget(long indicatorId, Target target);

    /**
     * Changes a measurement; with {@code expectedVersion}, only if nobody changed it meanwhile. False when nothing
     * was changed.
     */
    boolean updateValue(long indicatorId, Periods.Period period, long territoryId, double value, String note,
            Integer expectedVersion);

    void insertValue(long indicatorId, Periods.Period period, long territoryId, String territoryPath, double value,
            String note);
}
