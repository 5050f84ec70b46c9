package org.minga.planning.internal.domain;

import org.minga.platform.ValidationException;

/** A target (meta) of an indicator: the value it should reach by the end of a period ("2026", "2026-S1"...). */
public record Target(String period, Double value) {

    public Target {
        if (value == null) {
            throw new ValidationException("value", "Indique el valor de la meta.");
        }
    }
}
