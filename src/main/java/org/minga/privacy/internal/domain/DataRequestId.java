package org.minga.privacy.internal.domain;

/** The identity of a {@link DataRequest}: a positive number the database gives it. */
public record DataRequestId(long value) {

    public DataRequestId {
        Ids.requirePositive(value);
    }
}
