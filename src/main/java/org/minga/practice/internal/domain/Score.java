package org.minga.practice.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** The score an evaluator gave one criterion, with an optional comment. Part of its {@link Evaluation}. */
@Table("practice_score")
public record Score(String criterionKey, int score, String comment) {
}
