package org.minga.practice.internal;

import org.minga.platform.Labelled;

/** Where a practice is in its workflow; its words in {@code i18n/practice.properties}. */
enum PracticeStatus implements Labelled {
    BORRADOR, ENVIADA, EN_EVALUACION, EVALUADA, PUBLICADA, DEVUELTA;

    /** The author may change the answers only while the practice is with them. */
    public boolean editable() {
        return this == BORRADOR || this == DEVUELTA;
    }

    /** A manager returns a practice with observations while it is with the evaluators. */
    public boolean returnable() {
        return this == ENVIADA || this == EN_EVALUACION || this == EVALUADA;
    }
}
