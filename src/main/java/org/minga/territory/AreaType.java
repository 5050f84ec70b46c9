package org.minga.territory;

import java.util.Optional;

import org.minga.platform.TextKeys;

/** Urban, rural or mixed. */
public enum AreaType {
    URBAN("urbana"), RURAL("rural"), MIXED("mixta");

    private final String label;

    AreaType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads "urbana", "Rural", "MIXED", "mixto"... */
    public static Optional<AreaType> parse(String text) {
        String k = TextKeys.key(text);
        if (k == null || k.isEmpty()) {
            return Optional.empty();
        }
        for (AreaType t : values()) {
            if (k.equals(t.name().toLowerCase()) || k.equals(t.label) || k.startsWith(t.label.substring(0, 4))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
