package org.minga.household;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import org.minga.platform.Labelled;

/**
 * Identity documents, with the format of each number and the ages it is issued for. Their words:
 * {@code enum.DocumentType.*} in the household bundles.
 */
public enum DocumentType implements Labelled {
    CC("\\d{3,10}", "de 3 a 10 dígitos", 18, 200),
    TI("\\d{10,11}", "de 10 u 11 dígitos", 7, 17),
    RC("[0-9A-Z]{8,11}", "de 8 a 11 dígitos o letras", 0, 17),
    CE("\\d{3,10}", "de 3 a 10 dígitos", 0, 200),
    PPT("\\d{5,10}", "de 5 a 10 dígitos", 0, 200),
    PEP("\\d{15}", "de 15 dígitos", 0, 200),
    PA("[0-9A-Z]{5,20}", "de 5 a 20 letras o dígitos", 0, 200),
    SD("", "vacío", 0, 200),
    RUN("\\d{7,8}-[0-9K]", "de 7 u 8 dígitos, guion y dígito verificador (12345678-5)", 0, 200);

    private static final ResourceBundle SPANISH = ResourceBundle.getBundle("i18n.household",
            Locale.forLanguageTag("es"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private final Pattern pattern;
    private final String format;
    private final int minAge;
    private final int maxAge;

    DocumentType(String regex, String format, int minAge, int maxAge) {
        this.pattern = Pattern.compile(regex);
        this.format = format;
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    /**
     * The type's name in Spanish, for the messages of {@link #problem}: the word of {@code enum.DocumentType.*} in
     * the household bundle (pages read it in the request's language with {@code platform.Labels}).
     */
    public String spanishName() {
        return SPANISH.getString("enum.DocumentType." + name());
    }

    public static DocumentType parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toUpperCase().replace(".", "").replace(" ", "");
        if (t.equals("PASAPORTE") || t.equals("PAS")) {
            return PA;
        }
        if (t.equals("SINDOCUMENTO") || t.equals("NINGUNO")) {
            return SD;
        }
        for (DocumentType d : values()) {
            if (d.name().equals(t)) {
                return d;
            }
        }
        return null;
    }

    /** The number as stored: upper case without dots, spaces or (except RUN) hyphens; null for SD. */
    public String normalise(String number) {
        if (number == null || this == SD) {
            return null;
        }
        String n = number.strip().toUpperCase().replace(".", "").replace(" ", "");
        return this == RUN ? n : n.replace("-", "");
    }

    /** A Spanish message naming the problem, or null when the number fits the type and the age. */
    public String problem(String rawNumber, Integer age, String country) {
        String n = normalise(rawNumber);
        if (this == RUN && !"CL".equals(country)) {
            return "El RUN solo se usa en jurisdicciones de Chile.";
        }
        if (this == SD) {
            return rawNumber == null || rawNumber.isBlank() ? null
                    : "Una persona sin documento no lleva número de documento: deje el número vacío.";
        }
        if (n == null || n.isEmpty()) {
            return "Falta el número de documento (" + spanishName() + ").";
        }
        if (!pattern.matcher(n).matches()) {
            return "El número de " + spanishName().toLowerCase() + " '" + rawNumber.strip()
                    + "' no es válido: debe tener "
                    + format + ".";
        }
        if (this == CC && n.startsWith("0")) {
            return "El número de cédula de ciudadanía no empieza por 0.";
        }
        if (this == RUN && !runCheckDigitOk(n)) {
            return "El dígito verificador del RUN '" + n + "' no corresponde.";
        }
        if (age != null && (age < minAge || age > maxAge)) {
            return "La " + spanishName().toLowerCase() + " corresponde a personas de " + minAge
                    + (maxAge >= 200 ? " años o más"
                            : " a " + maxAge + " años")
                    + "; la persona tiene " + age + " años.";
        }
        return null;
    }

    static boolean runCheckDigitOk(String run) {
        String[] parts = run.split("-");
        int sum = 0;
        int factor = 2;
        for (int i = parts[0].length() - 1; i >= 0; i--) {
            sum += (parts[0].charAt(i) - '0') * factor;
            factor = factor == 7 ? 2 : factor + 1;
        }
        int r = 11 - (sum % 11);
        String expected = r == 11 ? "0" : r == 10 ? "K" : String.valueOf(r);
        return expected.equals(parts[1]);
    }
}
