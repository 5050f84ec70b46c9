package org.minga.privacy.internal.domain;

import java.util.Locale;
import java.util.Optional;

import org.minga.platform.Labelled;

/** How an authorization was given; stored by its code, its words in {@code i18n/privacy.properties}. */
public enum AuthorizationChannel implements Labelled {
    PRESENCIAL, ESCRITO, TELEFONICO, DIGITAL;

    /** The channel a code names (ignoring case and surrounding blanks), if any. */
    public static Optional<AuthorizationChannel> parse(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        for (AuthorizationChannel x : values()) {
            if (x.name().equals(c)) {
                return Optional.of(x);
            }
        }
        return Optional.empty();
    }
}
