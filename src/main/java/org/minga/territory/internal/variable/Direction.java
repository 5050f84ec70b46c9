package org.minga.territory.internal.variable;

import java.util.Optional;

import org.minga.platform.TextKeys;

/** Whether a higher value of a social variable means a worse or a better situation. */
public enum Direction {
    HIGHER_IS_WORSE("mayor-es-peor", "Mayor es peor"),
    HIGHER_IS_BETTER("mayor-es-mejor", "Mayor es mejor");

    private final String slug;
    private final String label;

    Direction(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** The word used in import files: mayor-es-peor, mayor-es-mejor. */
    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** Reads HIGHER_IS_WORSE, mayor-es-peor, "Mayor es peor", peor, ... */
    public static Optional<Direction> parse(String text) {
        String k = TextKeys.key(text);
        if (k == null || k.isEmpty()) {
            return Optional.empty();
        }
        k = k.replace('_', '-').replace(' ', '-');
        for (Direction d : values()) {
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
