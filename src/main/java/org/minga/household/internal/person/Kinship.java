package org.minga.household.internal.person;

import java.util.Arrays;
import java.util.List;

/** A member's relation to the head of the household (parentesco con la jefatura). Stored by name. */
public enum Kinship {
    JEFE, CONYUGE, HIJO, PADRE_MADRE, HERMANO, NIETO, ABUELO, OTRO_PARIENTE, NO_PARIENTE;

    /** The kinship a form or a file names, case and spaces aside; null when it names none. */
    public static Kinship parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toUpperCase();
        return Arrays.stream(values()).filter(k -> k.name().equals(t)).findFirst().orElse(null);
    }

    /** The names in alphabetical order, as the forms and messages list them. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).sorted().toList();
    }
}
