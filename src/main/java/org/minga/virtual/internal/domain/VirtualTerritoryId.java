package org.minga.virtual.internal.domain;

/** The identity of a {@link VirtualTerritory}: a positive number the database gives it. */
public record VirtualTerritoryId(long value) {

    public VirtualTerritoryId {
        if (value <= 0) {
            throw new IllegalArgumentException("A virtual territory id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
