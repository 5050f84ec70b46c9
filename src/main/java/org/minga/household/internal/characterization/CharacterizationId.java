package org.minga.household.internal.characterization;

/** The identity of a {@link Characterization}. */
public record CharacterizationId(long value) {

    public CharacterizationId {
        if (value <= 0) {
            throw new IllegalArgumentException("A characterization id is positive: " + value);
        }
    }
}
