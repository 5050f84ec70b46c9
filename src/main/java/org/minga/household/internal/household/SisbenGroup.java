package org.minga.household.internal.household;

import org.minga.platform.ValidationException;

/** A SISBEN IV group: A1 to A5, B1 to B7, C1 to C18 or D1 to D21. */
public record SisbenGroup(String code) {

    public SisbenGroup {
        if (normalise(code) == null) {
            throw new ValidationException("sisbenGroup", "El grupo SISBEN IV '" + code
                    + "' no es válido: use A1 a A5, B1 a B7, C1 a C18 o D1 a D21.");
        }
        code = normalise(code);
    }

    /** The group as stored (upper case), or null when the text is blank or no group. */
    public static String normalise(String g) {
        if (g == null || g.isBlank()) {
            return null;
        }
        String s = g.strip().toUpperCase();
        if (!s.matches("[A-D]\\d{1,2}")) {
            return null;
        }
        int n = Integer.parseInt(s.substring(1));
        int max = switch (s.charAt(0)) {
            case 'A' -> 5;
            case 'B' -> 7;
            case 'C' -> 18;
            default -> 21;
        };
        return n >= 1 && n <= max ? s : null;
    }

    /** The group of a form field: null when blank, refused (naming the field) when not a group. */
    public static SisbenGroup ofNullable(String text) {
        return text == null || text.isBlank() ? null : new SisbenGroup(text);
    }
}
