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

    /** By code or Spanish label, ignoring case and accents. */
    public static Optional<Need> parse(String text) {
        return Labeled.parse(Need.class, text);
    }

    public static String allowed() {
        return Labeled.allowed(Need.class);
    }
}
