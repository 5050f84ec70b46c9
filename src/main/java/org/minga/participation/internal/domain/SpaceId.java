package org.minga.participation.internal.domain;

/** The identity of a {@link Space}. */
public record SpaceId(long value) {
}
