package org.minga.actor;

import org.minga.platform.Labels;
import java.util.Optional;

import org.minga.platform.Labelled;

/** The sectors of public action an actor or a service belongs to. Words: {@code enum.Sector.*} in the actor bundles. */
public enum Sector implements Labelled {
    HEALTH,
    EDUCATION,
    SOCIAL_WELFARE,
    CULTURE,
    RECREATION_SPORT,
    ENVIRONMENT,
    SECURITY,
    JUSTICE,
    HABITAT,
    ECONOMIC_DEVELOPMENT,
    GOVERNMENT,
    WOMEN,
    MOBILITY,
    PUBLIC_SERVICES,
    OTHER;

    /** The Spanish words (exports, audit); pages use {@code platform.Labels} for the request's language. */
    public String label() {
        return Labels.inSpanish(this);
    }

    /** By code (HEALTH) or by the Spanish words ("salud", "educacion"), ignoring case and accents. */
    public static Optional<Sector> parse(String text) {
        return Labels.read(Sector.class, text);
    }

    public static String allowed() {
        return Labels.allowedWords(Sector.class);
    }
}
