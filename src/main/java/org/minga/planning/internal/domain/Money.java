package org.minga.planning.internal.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.minga.platform.ValidationException;

/**
 * An amount of money in a jurisdiction's currency (COP in Colombia, CLP in Chile): an exact decimal, never a
 * floating point number, with no more decimals than the currency has (none for the Chilean peso), shown the way
 * people of that country write it ("$ 1.250.000,50" in es-CO, "$1.250.000" in es-CL).
 */
public record Money(BigDecimal amount, Currency currency) {

    public static final Currency COP = Currency.getInstance("COP");
    public static final Currency CLP = Currency.getInstance("CLP");

    public Money {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("Money has an amount and a currency");
        }
    }

    /** The currency of a jurisdiction's country ("CO" or "CL"). */
    public static Currency currencyOf(String country) {
        return "CL".equals(country) ? CLP : COP;
    }

    /**
     * An amount typed in a form for {@code field}: zero or more, with at most the currency's decimals; a clear
     * Spanish message naming the field otherwise.
     */
    public static Money checked(String field, String what, BigDecimal amount, Currency currency) {
        if (amount == null || amount.signum() < 0) {
            throw new ValidationException(field, "Indique " + what + " (cero o más).");
        }
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() > currency.getDefaultFractionDigits()) {
            throw new ValidationException(field, currency.getDefaultFractionDigits() == 0
                    ? "El valor de " + what + " va en pesos chilenos, sin decimales."
                    : "El valor de " + what + " admite " + currency.getDefaultFractionDigits() + " decimales.");
        }
        return new Money(amount.setScale(2), currency);
    }

    /** As people of the currency's country write it. */
    public String formatted() {
        return format(amount, currency);
    }

    /** An amount in {@code currency} as people of its country write it; a dash for none. */
    public static String format(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(
                Locale.forLanguageTag(CLP.equals(currency) ? "es-CL" : "es-CO"));
        f.setCurrency(currency);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return f.format(amount);
    }
}
