package org.minga.referral.internal.domain;

import java.util.Optional;

import org.minga.platform.TextKeys;

/** How urgently the receiving entity should answer a referral. */
public enum Priority {
    LOW("Baja"), MEDIUM("Media"), HIGH("Alta"), URGENT("Urgente");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code ("HIGH") or Spanish label ("alta"), ignoring case and accents. */
    public static Optional<Priority> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String k = TextKeys.key(text).replace('_', ' ');
        for (Priority p : values()) {
            if (TextKeys.key(p.label).equals(k) || TextKeys.key(p.name()).replace('_', ' ').equals(k)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
