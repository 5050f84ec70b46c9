package org.minga.planning.internal.domain;

/** The identity of an {@link Agreement}: a positive number the database gives it. */
public record AgreementId(long value) {

    public AgreementId {
        Ids.requirePositive(value);
    }
}
