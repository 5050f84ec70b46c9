package org.minga.planning.internal.domain;

import org.minga.platform.Labelled;

/** Operational plan of one programme, intersectoral plan of several sectors, or a local plan of a territory. */
public enum ActionPlanKind implements Labelled {
    OPERATIONAL, INTERSECTORAL, LOCAL
}
