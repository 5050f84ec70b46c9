package org.minga.territory.internal.prioritization;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything a run used, stored with it so the ranking can be explained and recomputed later even if the
 * catalogue or the values change afterwards.
 */
public record RunInputs(String jurisdictionCode, String jurisdictionName, String levelCode, String levelName,
        int year, String scopeLabel, String normalization, List<Variable> variables,
        List<TerritoryValues> values) {

    /** A variable as it was used: its catalogue data, weight, direction and the range over the scored territories. */
    public record Variable(String code, String name, String unit, String source, BigDecimal weight,
            String direction, String defaultDirection, BigDecimal min, BigDecimal max) {
    }

    /** The raw values of one territory for the run's year (a missing variable is absent). */
    public record TerritoryValues(long territoryId, String code, String name, Map<String, BigDecimal> values) {
    }
}
