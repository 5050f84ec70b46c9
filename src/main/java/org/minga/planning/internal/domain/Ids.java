package org.minga.planning.internal.domain;

/** The one rule of this module's typed ids: the database gives positive numbers. */
final class Ids {

    private Ids() {
    }

    static void requirePositive(long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("An id is positive: " + value);
        }
    }
}
