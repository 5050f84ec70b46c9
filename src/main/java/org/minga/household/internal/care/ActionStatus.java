package org.minga.household.internal.care;

import java.util.Arrays;
import java.util.List;

/** Where an agreed action of a care plan is. Stored and sent by name. */
public enum ActionStatus {
    PENDIENTE, EN_CURSO, CUMPLIDA, NO_CUMPLIDA;

    public static ActionStatus parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text)).findFirst().orElse(null);
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
