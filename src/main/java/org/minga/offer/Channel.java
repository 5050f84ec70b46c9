package org.minga.offer;

import java.util.Optional;

/** How a service is delivered (canales de atención). */
public enum Channel implements Labeled.WithLabel {
    IN_PERSON("Presencial"),
    PHONE("Telefónico"),
    VIRTUAL("Virtual"),
    FAIR("Jornada");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** By code or Spanish label, ignoring case and accents. */
    public static Optional<Channel> parse(String text) {
        return Labeled.parse(Channel.class, text);
    }

    public static String allowed() {
        return Labeled.allowed(Channel.class);
    }
}
