package org.minga.territory;

import java.util.List;

/** The answer of {@link TerritoryLocator}: the territory and its ancestors from the root (excluding itself). */
public record LocatedTerritory(long id, long jurisdictionId, String code, String name, String level,
        String levelName, List<TerritoryRef> ancestors) {

    public LocatedTerritory {
        ancestors = List.copyOf(ancestors);
    }

    /** A territory in an ancestors chain. */
    public record TerritoryRef(long id, String code, String name, String level) {
    }
}
