package org.minga.territory;

import java.util.Optional;

import org.minga.platform.CurrentUser;

/** The shared territorial diagnoses, for other modules (the situation room shows the latest version). */
public interface TerritorialDiagnoses {

    /** The latest version of the territory's diagnosis, if it has one and the user may read the territory. */
    Optional<DiagnosisView> latest(long territoryId, CurrentUser user);
}
