package org.minga.fair.internal.domain;

import org.minga.platform.Labelled;

/** What an ally brings to a fair (seed 001's alistamiento). Its words: {@code enum.AllyContribution.*} in the bundles. */
public enum AllyContribution implements Labelled {
    PERIFONEO,
    EMBELLECIMIENTO,
    REFRIGERIOS,
    TRANSPORTE,
    LOGISTICA,
    OTRO;
}
