package org.minga.fair.internal.domain;

import org.minga.platform.Labelled;

/**
 * The life of a fair in the schedule. Its words: {@code enum.FairStatus.*} in the fair's bundles (read with
 * {@code platform.Labels}, which also parses a status from its code or its words).
 */
public enum FairStatus implements Labelled {
    PLANEADA,
    CONFIRMADA,
    REALIZADA,
    CANCELADA;
}
