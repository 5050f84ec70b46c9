package org.minga.planning.internal.domain;

import org.minga.platform.Labelled;

/** How often an indicator is measured. */
public enum Periodicity implements Labelled {
    MENSUAL, TRIMESTRAL, SEMESTRAL, ANUAL
}
