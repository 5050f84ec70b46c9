package org.minga.training.internal.domain;

/** A competence under a {@link Capacity}: what someone who holds the capacity knows how to do. */
public record Competence(String name) {
}
