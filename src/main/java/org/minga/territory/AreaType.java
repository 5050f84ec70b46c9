package org.minga.territory;

import java.util.Optional;

import org.minga.platform.Labelled;
import org.minga.platform.Labels;
import org.minga.platform.TextKeys;

/** Urban, rural or mixed. Its words: {@code enum.AreaType.*} in {@code i18n/territory}. */
public enum AreaType implements Labelled {
    URBAN, RURAL, MIXED;

    /** The Spanish words (urbana, rural, mixta), for messages and files; pages read {@code labels.of(type)}. */
    public String label() {
        return Labels.spanish(this, "i18n/territory");
    }

    /** Reads "urbana", "Rural", "MIXED", "mixto"... */
    public static Optional<AreaType> parse(String text) {
        String k = TextKeys.key(text);
        if (k == null || k.isEmpty()) {
            return Optional.empty();
        }
        for (AreaType t : values()) {
            String label = t.label();
            if (k.equals(t.name().toLowerCase()) || k.equals(label) || k.startsWith(label.substring(0, 4))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
