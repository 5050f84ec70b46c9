package org.minga.planning;

import org.minga.platform.Labelled;

/**
 * What a strategy's categories classify: a plan's goals and actions (planning's own), a household's alerts and the
 * needs of its care plan (household's). Words: {@code enum.ClassifiedKind.*} in {@code i18n/planning}.
 */
public enum ClassifiedKind implements Labelled {
    GOAL, ACTION, ALERT, CARE_NEED
}
