package org.minga.training.internal.domain;

import org.minga.platform.Labelled;

/**
 * The life of a training programme: planned, open (sessions held, attendance taken), closed (no more sessions or
 * attendance; completions still recorded). Its words: {@code enum.ProgrammeStatus.*} in {@code i18n/training}.
 */
public enum ProgrammeStatus implements Labelled {
    PLANNED,
    OPEN,
    CLOSED;

    /** The only moves: planned to open, open to closed. */
    public boolean canMoveTo(ProgrammeStatus to) {
        return (this == PLANNED && to == OPEN) || (this == OPEN && to == CLOSED);
    }
}
