package org.minga.planning.internal.domain;

/** The identity of a {@link FundingSource}: a positive number the database gives it. */
public record FundingSourceId(long value) {

    public FundingSourceId {
        Ids.requirePositive(value);
    }
}
