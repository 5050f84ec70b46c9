package org.minga.household.internal.alert;

/** The identity of an {@link Alert}. */
public record AlertId(long value) {

    public AlertId {
        if (value <= 0) {
            throw new IllegalArgumentException("An alert id is positive: " + value);
        }
    }
}
