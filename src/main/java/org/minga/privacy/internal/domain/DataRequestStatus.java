package org.minga.privacy.internal.domain;

import org.minga.platform.Labelled;

/** A data-subject request is received (radicada) and then answered (respondida), once. */
public enum DataRequestStatus implements Labelled {
    RADICADA, RESPONDIDA
}
