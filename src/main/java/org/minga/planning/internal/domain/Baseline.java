package org.minga.planning.internal.domain;

import java.time.LocalDate;

import org.minga.platform.ValidationException;

/** An indicator's value before (línea base): a value measured on a date, both or neither. */
public record Baseline(Double value, LocalDate on) {

    public static final Baseline NONE = new Baseline(null, null);

    public Baseline {
        if ((value == null) != (on == null)) {
            throw new ValidationException("baselineOn", "La línea base necesita valor y fecha.");
        }
    }

    /** Whether the baseline is complete or absent, as the constructor requires. */
    public static boolean consistent(Double value, LocalDate on) {
        return (value == null) == (on == null);
    }
}
