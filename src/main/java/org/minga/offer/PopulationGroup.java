package org.minga.offer;

import java.util.Optional;

/** Population groups a service may be reserved for (grupos poblacionales). */
public enum PopulationGroup implements Labeled.WithLabel {
    OLDER_PERSONS("Personas mayores"),
    CONFLICT_VICTIMS("Víctimas del conflicto"),
    MIGRANTS("Migrantes"),
    DISABILITY("Personas con discapacidad"),
    ETHNIC_GROUPS("Grupos étnicos"),
    PREGNANT("Gestantes"),
    CHILDREN("Niñez y adolescencia"),
    YOUTH("Jóvenes"),
    HEAD_OF_HOUSEHOLD("Mujeres cabeza de hogar"),
    CAREGIVERS("Personas cuidadoras"),
    LGBTIQ("Personas LGBTIQ+"),
    HOMELESS("Habitantes de calle"),
    RURAL("Población rural");

    private final String label;

    PopulationGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** By code or Spanish label, ignoring case and accents. */
    public static Optional<PopulationGroup> parse(String text) {
        return Labeled.parse(PopulationGroup.class, text);
    }

    public static String allowed() {
        return Labeled.allowed(PopulationGroup.class);
    }
}
