package org.minga.territory;

import java.util.Optional;

import org.minga.platform.CurrentUser;

/** Finds the territory a point lies in, from the stored shapes. */
public interface TerritoryLocator {

    /**
     * The deepest territory of the user's scope whose shape contains (or touches) the point; on a shared
     * border the lowest id among the deepest wins. {@code jurisdictionId} null means the user's jurisdiction,
     * or every jurisdiction for an administrator of all. Empty when no shape in scope contains the point.
     *
     * @throws org.minga.platform.ValidationException when lat or lon is out of range
     */
    Optional<LocatedTerritory> locate(double lat, double lon, Long jurisdictionId, CurrentUser user);
}
