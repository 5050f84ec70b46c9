package org.minga.territory.internal.variable;

import java.math.BigDecimal;

/** Decimal values as people read them: no trailing zeros and never in scientific notation (1E+6). */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
