package org.minga.governance.internal;

/**
 * Intensity of intersectoral action (intensidad), the degree of synergy: relations (the average number of distinct
 * sectors behind a commitment), resources put to work (the share of due commitments fulfilled) and sustainability
 * (the average share of voting members present over the last six sessions held). Each is null when nothing measures
 * it yet.
 */
public record Intensity(Double sectorsPerCommitment, Double fulfilment, Double attendance) {

    public Intensity {
        if (sectorsPerCommitment != null && sectorsPerCommitment < 0) {
            throw new IllegalArgumentException("Sectors per commitment cannot be negative: " + sectorsPerCommitment);
        }
        if (fulfilment != null && (fulfilment < 0 || fulfilment > 1) || attendance != null
                && (attendance < 0 || attendance > 1)) {
            throw new IllegalArgumentException("A share is between 0 and 1: " + fulfilment + ", " + attendance);
        }
    }
}
