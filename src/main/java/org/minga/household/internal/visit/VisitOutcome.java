package org.minga.household.internal.visit;

import org.minga.platform.Labelled;

/** What came of a household visit. Its words: {@code enum.VisitOutcome.*} in the household bundles. */
public enum VisitOutcome implements Labelled {
    /** The household was visited: someone answered and the team did its work. */
    REALIZADA,
    /** Nobody was at home. */
    NADIE_EN_CASA,
    /** The household declined the visit. */
    RECHAZADA;
}
