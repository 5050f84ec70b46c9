package org.minga.participation.internal.domain;

/** The identity of a {@link ImprovementAction}. */
public record ImprovementActionId(long value) {
}
