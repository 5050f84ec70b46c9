package org.minga.training.internal.domain;

import org.minga.platform.Labelled;

/** The five kinds of capacity seeds 002 and 004 name. Its words: {@code enum.CapacityKind.*} in {@code i18n/training}. */
public enum CapacityKind implements Labelled {
    TECHNICAL,
    TECHNOLOGICAL,
    RELATIONAL,
    ADMINISTRATIVE,
    ANALYTICAL;
}
