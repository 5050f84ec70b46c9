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

    /** As Colombian spreadsheets write it: 1.234.567,89 (up to six decimals, no trailing zeros). */
    public static String display(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.######",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("es-CO")));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(value);
    }
}
