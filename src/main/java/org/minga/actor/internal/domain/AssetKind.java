package org.minga.actor.internal.domain;

import java.util.Map;
import java.util.Optional;

import org.minga.platform.TextKeys;

/**
 * What a social asset is: a place, a group, a leadership, a programme. Its words: {@code enum.AssetKind.*} in the
 * actor bundles.
 */
public enum AssetKind implements org.minga.platform.Labelled {
    PLACE,
    GROUP,
    LEADER,
    PROGRAMME;

    /** Short forms people also write in imported files, besides the code and the words. */
    private static final Map<String, AssetKind> SHORT_FORMS = Map.of("lider", LEADER, "program", PROGRAMME);

    /** A short form ({@code lider}), when the text is one. */
    public static Optional<AssetKind> shortForm(String text) {
        return Optional.ofNullable(text == null ? null : SHORT_FORMS.get(TextKeys.key(text)));
    }
}
