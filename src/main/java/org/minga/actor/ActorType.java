package org.minga.actor;

import org.minga.platform.Labels;
import java.util.Optional;

import org.minga.platform.Labelled;

/** What kind of organisation an actor is. Its words: {@code enum.ActorType.*} in the actor bundles. */
public enum ActorType implements Labelled {
    PUBLIC_ENTITY,
    SECRETARIAT,
    NGO,
    COMMUNITY_ORGANIZATION,
    PRIVATE_COMPANY,
    ACADEMIA,
    INTERNATIONAL_COOPERATION,
    CHURCH,
    COMMUNITY_LEADER,
    GUILD;

    /** The Spanish words (exports, audit); pages use {@code platform.Labels} for the request's language. */
    public String label() {
        return Labels.inSpanish(this);
    }

    /** Public bodies whose own services are "institutional" offer. */
    public boolean institutional() {
        return this == PUBLIC_ENTITY || this == SECRETARIAT;
    }

    /** By code (PUBLIC_ENTITY) or by the Spanish words ("entidad pública", "ONG"), ignoring case and accents. */
    public static Optional<ActorType> parse(String text) {
        return Labels.read(ActorType.class, text);
    }

    public static String allowed() {
        return Labels.allowedWords(ActorType.class);
    }
}
