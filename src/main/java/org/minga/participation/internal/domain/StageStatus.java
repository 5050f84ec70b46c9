package org.minga.participation.internal.domain;

import org.minga.platform.Labelled;

/** Where a stage of a participatory process stands; it only moves forward. */
public enum StageStatus implements Labelled {
    PENDING, IN_PROGRESS, DONE
}
