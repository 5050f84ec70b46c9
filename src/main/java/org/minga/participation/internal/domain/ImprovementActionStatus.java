package org.minga.participation.internal.domain;

import org.minga.platform.Labelled;

/** Where an improvement action stands; PLANNED and IN_PROGRESS are open. Its words: {@code enum.ImprovementActionStatus.*} in the participation bundles. */
public enum ImprovementActionStatus implements Labelled {
    PLANNED, IN_PROGRESS, DONE, DISCARDED
}
