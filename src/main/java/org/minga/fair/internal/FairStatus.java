package org.minga.fair.internal;

import java.util.Optional;

import org.minga.platform.TextKeys;

/** The life of a fair in the schedule. */
enum FairStatus {
    PLANEADA("planeada"), CONFIRMADA("confirmada"), REALIZADA("realizada"), CANCELADA("cancelada");

    private final String label;

    FairStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<FairStatus> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String k = TextKeys.key(s);
        for (FairStatus f : values()) {
            if (f.name().equalsIgnoreCase(k) || f.label.equals(k)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
