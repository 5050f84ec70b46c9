package org.minga.planning.internal.domain;

import org.minga.platform.Labelled;

/** Where a plan action stands: planned, under way, done or cancelled (the last two are final). */
public enum PlanActionStatus implements Labelled {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    /** The moves allowed: planned to under way or cancelled; under way to done or cancelled. */
    public boolean canMoveTo(PlanActionStatus to) {
        return switch (this) {
            case PLANNED -> to == IN_PROGRESS || to == CANCELLED;
            case IN_PROGRESS -> to == DONE || to == CANCELLED;
            case DONE, CANCELLED -> false;
        };
    }
}
