package org.minga.practice.internal.domain;

/**
 * A criterion an evaluator scores (creatividad, potencial de aprendizaje, eficacia...), as the practice's format
 * defines it for the practice's level: its key and its words.
 */
public record EvaluationCriterion(String key, String label) {
}
