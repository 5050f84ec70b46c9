package org.minga.participation.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.minga.platform.TextKeys;

/** The closed vocabularies of participation, with the Spanish words users type and read. */
final class Codes {

    private Codes() {
    }

    enum SpaceKind {
        DIALOGUE, TERRITORIAL_WORKSHOP, THEMATIC_WORKSHOP
    }

    enum Level {
        INFORMATIVO, CONSULTIVO, DELIBERATIVO, COGESTION
    }

    /** The stages of the service cycle (seed 001): llegada, asignación de turno o cita, espera, atención, respuesta. */
    enum Stage {
        ARRIVAL, TURN, WAIT, ATTENTION, RESPONSE
    }

    enum ContributionKind {
        NEED, SUGGESTION, COMPLAINT, IDEA
    }

    enum ActionStatus {
        PLANNED, IN_PROGRESS, DONE, DISCARDED
    }

    enum InvitationStatus {
        INVITED, CONFIRMED, DECLINED, NO_ANSWER
    }

    enum CallOutcome {
        CONFIRMED, DECLINED, NO_ANSWER, CALL_BACK
    }

    static final List<String> STAGE_LABELS = List.of("Llegada", "Asignación de turno o cita", "Espera", "Atención",
            "Respuesta");

    static String stageLabel(Stage s) {
        return STAGE_LABELS.get(s.ordinal());
    }

    /** An enum constant by its code or, for stages, its Spanish label, ignoring case and accents; null when none. */
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String k = TextKeys.key(text).replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(k)) {
                return e;
            }
        }
        if (type == Stage.class) {
            for (Stage s : Stage.values()) {
                if (TextKeys.key(stageLabel(s)).equals(TextKeys.key(text))) {
                    return type.cast(s);
                }
            }
        }
        return null;
    }

    static String allowed(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
