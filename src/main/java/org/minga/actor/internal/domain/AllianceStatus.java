package org.minga.actor.internal.domain;

import java.util.Optional;

import org.minga.platform.Labelled;
import org.minga.platform.TextKeys;

/** Where an alliance stands. Words: {@code enum.AllianceStatus.*}. */
public enum AllianceStatus implements Labelled {
    ACTIVE,
    FINISHED,
    SUSPENDED;

    /** A short form people also write in imported files ({@code terminada}), besides the code and the words. */
    public static Optional<AllianceStatus> shortForm(String text) {
        return text != null && TextKeys.key(text).equals("terminada") ? Optional.of(FINISHED) : Optional.empty();
    }
}
