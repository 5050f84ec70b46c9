package org.minga.household.internal.person;

/** The identity of a {@link Person}. */
public record PersonId(long value) {

    public PersonId {
        if (value <= 0) {
            throw new IllegalArgumentException("A person id is positive: " + value);
        }
    }
}
