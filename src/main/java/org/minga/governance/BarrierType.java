package org.minga.governance;

import java.util.Arrays;
import java.util.Optional;

import org.minga.platform.TextKeys;

/** The kinds of barriers to sectoral and intersectoral action (seed 004). */
public enum BarrierType {
    REGULATORY("Normativa"),
    BUDGETARY("Presupuestal"),
    ADMINISTRATIVE("Administrativa"),
    INFORMATION("De información"),
    ACCESS("De acceso"),
    COORDINATION("De coordinación");

    private final String label;

    BarrierType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code (ACCESS) or Spanish label ("de acceso", "acceso"), ignoring case and accents. */
    public static Optional<BarrierType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String k = TextKeys.key(text);
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(text.strip())
                || TextKeys.key(t.label).equals(k) || TextKeys.key(t.label).equals("de " + k)).findFirst();
    }
}
