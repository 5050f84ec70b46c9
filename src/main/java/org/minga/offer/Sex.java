package org.minga.offer;

import java.util.Optional;

/** Who a service is for by sex; a person's profile uses FEMALE or MALE. */
public enum Sex implements Labeled.WithLabel {
    ANY("Cualquiera"),
    FEMALE("Mujer"),
    MALE("Hombre");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** By code or Spanish label, ignoring case and accents. */
    public static Optional<Sex> parse(String text) {
        return Labeled.parse(Sex.class, text);
    }

    public static String allowed() {
        return Labeled.allowed(Sex.class);
    }
}
