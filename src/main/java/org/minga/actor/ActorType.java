package org.minga.actor;

import java.util.Arrays;
import java.util.Optional;

import org.minga.platform.TextKeys;

/** What kind of organisation an actor is. */
public enum ActorType {
    PUBLIC_ENTITY("Entidad pública"),
    SECRETARIAT("Secretaría"),
    NGO("ONG"),
    COMMUNITY_ORGANIZATION("Organización comunitaria"),
    PRIVATE_COMPANY("Empresa privada"),
    ACADEMIA("Academia"),
    INTERNATIONAL_COOPERATION("Cooperación internacional"),
    CHURCH("Iglesia"),
    COMMUNITY_LEADER("Líder comunitario"),
    GUILD("Gremio");

    private final String label;

    ActorType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Public bodies whose own services are "institutional" offer. */
    public boolean institutional() {
        return this == PUBLIC_ENTITY || this == SECRETARIAT;
    }

    /** By code (PUBLIC_ENTITY) or by the Spanish label ("entidad pública", "ONG"), ignoring case and accents. */
    public static Optional<ActorType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String k = TextKeys.key(text).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values())
                .filter(t -> t.name().equalsIgnoreCase(k) || TextKeys.key(t.label).replace(' ', '_').equals(k))
                .findFirst();
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(t -> TextKeys.key(t.label)).toList());
    }
}
