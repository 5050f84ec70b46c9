package org.minga.privacy.internal.domain;

/** The identity of an {@link Authorization}: a positive number the database gives it. */
public record AuthorizationId(long value) {

    public AuthorizationId {
        Ids.requirePositive(value);
    }
}
