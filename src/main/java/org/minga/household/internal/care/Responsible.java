package org.minga.household.internal.care;

import java.util.Arrays;
import java.util.List;

/** Who answers for an action: the family, the field team or an entity. Stored and sent by name. */
public enum Responsible {
    FAMILIA, EQUIPO, ENTIDAD;

    public static Responsible parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text)).findFirst().orElse(null);
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
