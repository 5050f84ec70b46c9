package org.minga.attention.internal.domain;

import java.util.Optional;

import org.minga.platform.Labelled;

/** Whether an attention is given to one person or to a group. Words: {@code enum.AttentionMode.*}. */
public enum AttentionMode implements Labelled {
    INDIVIDUAL,
    COLECTIVA;

    /** By code, ignoring case and surrounding spaces. */
    public static Optional<AttentionMode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(java.util.Locale.ROOT);
        for (AttentionMode m : values()) {
            if (m.name().equals(code)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
