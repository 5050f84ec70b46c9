package org.minga.referral.internal.domain;

import java.util.Optional;

import org.minga.platform.TextKeys;

/** Where the need of a referral was detected. */
public enum Origin {
    FIELD_VISIT("Visita de campo"),
    ATTENTION("Atención"),
    SERVICE_FAIR("Jornada de servicios"),
    ALERT("Alerta"),
    BODY("Instancia"),
    OTHER("Otro");

    private final String label;

    Origin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code ("FIELD_VISIT") or Spanish label ("visita de campo"), ignoring case and accents. */
    public static Optional<Origin> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String k = TextKeys.key(text).replace('_', ' ');
        for (Origin o : values()) {
            if (TextKeys.key(o.label).equals(k) || TextKeys.key(o.name()).replace('_', ' ').equals(k)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
