package org.minga.practice.internal.domain;

import org.minga.platform.Labelled;

/**
 * Where an evaluation is: assigned (the evaluator still has to declare a conflict of interest), scoring (declared
 * without conflict), with a conflict (does not score) or sent. Its words in {@code i18n/practice.properties}.
 */
public enum EvaluationStatus implements Labelled {
    ASIGNADA, SIN_CONFLICTO, CONFLICTO, EVALUADA
}
