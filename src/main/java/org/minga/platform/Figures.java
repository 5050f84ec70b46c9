package org.minga.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Numbers as a person in Colombia or Chile reads them: thousands with a point, decimals with a comma, at most two
 * decimals and no trailing zeros ({@code 5000000.0} is "5.000.000", {@code 44.444444} is "44,44", {@code 11.8} is
 * "11,8"). In templates {@code ${@figures.of(x)}}; null is "—".
 */
@Component("figures")
public class Figures {

    private static final Locale ES_CO = Locale.forLanguageTag("es-CO");

    /** The number in es-CO with up to two decimals; "—" when there is none. */
    public static String format(Number value) {
        if (value == null) {
            return "—";
        }
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(ES_CO));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(d);
    }

    /** {@link #format} for templates. */
    public String of(Number value) {
        return format(value);
    }
}
