package org.minga.actor;

import java.util.Arrays;
import java.util.Optional;

import org.minga.platform.TextKeys;

/** The sectors of public action an actor or a service belongs to. */
public enum Sector {
    HEALTH("Salud"),
    EDUCATION("Educación"),
    SOCIAL_WELFARE("Bienestar social"),
    CULTURE("Cultura"),
    RECREATION_SPORT("Recreación y deporte"),
    ENVIRONMENT("Ambiente"),
    SECURITY("Seguridad"),
    JUSTICE("Justicia y orientación legal"),
    HABITAT("Hábitat"),
    ECONOMIC_DEVELOPMENT("Desarrollo económico"),
    GOVERNMENT("Gobierno y participación"),
    WOMEN("Mujer y género"),
    MOBILITY("Movilidad"),
    PUBLIC_SERVICES("Servicios públicos"),
    OTHER("Otro");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code (HEALTH) or by the Spanish label ("salud", "educacion"), ignoring case and accents. */
    public static Optional<Sector> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String k = TextKeys.key(text);
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(k.replace(' ', '_')) || TextKeys.key(s.label).equals(k))
                .findFirst();
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(s -> TextKeys.key(s.label)).toList());
    }
}
