package org.minga.governance.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Intentionality of intersectoral action (intencionalidad): how many of the commitments not cancelled are tied to a
 * prioritised strategic goal. Shown and served as the share, absent when there is no commitment.
 */
public record Intentionality(long tiedToGoal, long commitments) {

    public Intentionality {
        if (commitments < 0 || tiedToGoal < 0 || tiedToGoal > commitments) {
            throw new IllegalArgumentException(tiedToGoal + " of " + commitments + " commitments tied to a goal");
        }
    }

    /** The share tied to a goal, from 0 to 1; null without commitments. */
    @JsonValue
    public Double share() {
        return commitments == 0 ? null : tiedToGoal * 1.0 / commitments;
    }
}
