package org.minga.training.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A competence under a {@link Capacity}: what someone who holds the capacity knows how to do. */
@Table("capacity_competence")
public record Competence(String name) {
}
