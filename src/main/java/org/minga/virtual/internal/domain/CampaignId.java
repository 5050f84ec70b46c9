package org.minga.virtual.internal.domain;

/** The identity of a {@link Campaign}: a positive number the database gives it. */
public record CampaignId(long value) {

    public CampaignId {
        if (value <= 0) {
            throw new IllegalArgumentException("A campaign id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
