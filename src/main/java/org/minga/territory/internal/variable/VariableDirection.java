package org.minga.territory.internal.variable;

import org.minga.platform.Labelled;
import org.minga.platform.Labels;

import java.util.Optional;

import org.minga.platform.TextKeys;

/** Whether a higher value of a social variable means a worse or a better situation. */
public enum VariableDirection implements Labelled {
    HIGHER_IS_WORSE("mayor-es-peor"),
    HIGHER_IS_BETTER("mayor-es-mejor");

    private final String slug;

    VariableDirection(String slug) {
        this.slug = slug;
    }

    /** The word used in import files: mayor-es-peor, mayor-es-mejor. */
    public String slug() {
        return slug;
    }

    public String label() {
        return Labels.spanish(this, "i18n/territory");
    }

    /** Reads HIGHER_IS_WORSE, mayor-es-peor, "Mayor es peor", peor, ... */
    public static Optional<VariableDirection> parse(String text) {
        String k = TextKeys.key(text);
        if (k == null || k.isEmpty()) {
            return Optional.empty();
        }
        k = k.replace('_', '-').replace(' ', '-');
        for (VariableDirection d : values()) {
            if (k.equals(d.name().toLowerCase().replace('_', '-')) || k.equals(d.slug)) {
                return Optional.of(d);
            }
        }
        if (k.equals("peor")) {
            return Optional.of(HIGHER_IS_WORSE);
        }
        if (k.equals("mejor")) {
            return Optional.of(HIGHER_IS_BETTER);
        }
        return Optional.empty();
    }
}
