package org.minga.participation.internal.domain;

/** The identity of a {@link Contribution}. */
public record ContributionId(long value) {
}
