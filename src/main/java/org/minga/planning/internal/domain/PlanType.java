package org.minga.planning.internal.domain;

import org.minga.platform.Labelled;

/** The planning instrument a plan is; stored by its code, its words in {@code i18n/planning.properties}. */
public enum PlanType implements Labelled {
    PLAN_DESARROLLO, PLADECO, PLAN_TERRITORIAL_SALUD, PLAN_ACCION_LOCAL, PLAN_OPERATIVO
}
