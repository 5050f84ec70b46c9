package org.minga.participation.internal.domain;

/** The identity of a {@link ParticipatoryProcess}: a positive number the database gives it. */
public record ParticipatoryProcessId(long value) {

    public ParticipatoryProcessId {
        if (value <= 0) {
            throw new IllegalArgumentException("An id is positive: " + value);
        }
    }
}
