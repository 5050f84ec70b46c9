package org.minga.platform.internal.imports;

import org.minga.platform.Labelled;
import org.minga.platform.Labels;

/** Where an import job is. INVALID, DONE and FAILED are final. */
public enum ImportStatus implements Labelled {
    PENDING,
    VALIDATING,
    INVALID,
    LOADING,
    DONE,
    FAILED;

    public String label() {
        return Labels.spanish(this, "i18n/imports");
    }

    public boolean running() {
        return this == PENDING || this == VALIDATING || this == LOADING;
    }
}
