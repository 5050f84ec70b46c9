package org.minga.referral.internal.domain;

/** The identity of a {@link Referral}: a positive number the database gives it. */
public record ReferralId(long value) {

    public ReferralId {
        if (value <= 0) {
            throw new IllegalArgumentException("A referral id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
