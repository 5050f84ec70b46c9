package org.minga.offer;

import java.util.Optional;

/** What a person needs, as the public directory asks it. */
public enum Need implements Labeled.WithLabel {
    INCOME("Ingresos y subsidios"),
    HEALTH("Salud"),
    LEGAL("Orientación legal y derechos"),
    EDUCATION("Educación y formación"),
    PSYCHOSOCIAL("Apoyo psicosocial"),
    CULTURE_RECREATION("Cultura y recreación"),
    HOUSING("Vivienda y hábitat"),
    FOOD("Alimentación"),
    EMPLOYMENT("Empleo y emprendimiento"),
    PROCEDURES("Trámites y documentos"),
    CARE("Cuidado"),
    PETS("Animales de compañía");

    private final String label;

    Need(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * A need that reveals sensitive data (Ley 1581 de 2012, art. 5): health, psychosocial support (violence and
     * mental-health routes) and care (disability, dependency). Sharing it needs an authorization that covers
     * sensitive data.
     */
    public boolean sensitive() {
        return this == HEALTH || this == PSYCHOSOCIAL || this == CARE;
    }

    /** By code or Spanish label, ignoring case and accents. */
    public static Optional<Need> parse(String text) {
        return Labeled.parse(Need.class, text);
    }

    public static String allowed() {
        return Labeled.allowed(Need.class);
    }
}
