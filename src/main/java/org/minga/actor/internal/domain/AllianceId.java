package org.minga.actor.internal.domain;

/** The identity of an alliance ({@link Alliance}): a positive number the database gives it. */
public record AllianceId(long value) {

    public AllianceId {
        Registered.requirePositive(value);
    }
}
