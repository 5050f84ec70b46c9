package org.minga.territory.internal.variable;

import java.math.BigDecimal;

/** The value of one variable in one territory and year. */
public record VariableValueView(long territoryId, String territoryCode, String territoryName, String levelCode,
        int year, BigDecimal value, String sourceNote) {

    public String display() {
        return Decimals.display(value);
    }
}
