package org.minga.platform;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as people write them in CSV files: "1234.5", "1234,5" (decimal comma, as Excel writes in
 * es-CO), "1.234,5", "1,234.5", "1 234,5". Throws {@link NumberFormatException} with a Spanish message.
 */
public final class ImportNumbers {

    private static final Pattern ALLOWED = Pattern.compile("[-+]?[0-9][0-9., \u00a0']*");

    private ImportNumbers() {
    }

    public static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            throw new NumberFormatException("está vacío");
        }
        String s = text.strip().replace("%", "").strip();
        if (!ALLOWED.matcher(s).matches()) {
            throw new NumberFormatException("'" + text + "' no es un número");
        }
        s = s.replace(" ", "").replace("\u00a0", "").replace("'", "");
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0) {
            // the later separator is the decimal one; the other groups thousands
            if (lastComma > lastDot) {
                s = s.replace(".", "").replace(',', '.');
            } else {
                s = s.replace(",", "");
            }
        } else if (lastComma >= 0) {
            if (s.indexOf(',') != lastComma) {
                s = s.replace(",", ""); // 1,234,567: only thousands
            } else {
                s = s.replace(',', '.');
            }
        } else if (lastDot >= 0 && s.indexOf('.') != lastDot) {
            s = s.replace(".", ""); // 1.234.567: only thousands
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("'" + text + "' no es un número");
        }
    }

    /** A whole number; "1.234" and "1,234" read as one thousand two hundred thirty-four. */
    public static long integer(String text) {
        if (text != null && text.strip().matches("[-+]?\\d{1,3}([.,]\\d{3})+")) {
            return Long.parseLong(text.strip().replace(".", "").replace(",", ""));
        }
        BigDecimal d = decimal(text);
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("'" + text + "' no es un número entero");
        }
    }
}
