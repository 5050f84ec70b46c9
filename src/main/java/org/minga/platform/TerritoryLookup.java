package org.minga.platform;

import java.util.Optional;

/**
 * What the platform needs to know about territories (to scope user accounts) without depending on the
 * territory module, which implements it.
 */
public interface TerritoryLookup {

    /** The jurisdiction a territory belongs to, if the territory exists. */
    Optional<Long> jurisdictionOf(long territoryId);

    /** The code of a territory, if it exists. */
    Optional<String> codeOf(long territoryId);

    /** The id of the territory with this code in the jurisdiction, if any. */
    Optional<Long> idByCode(long jurisdictionId, String code);

    /** The materialised path of a territory ("/1/5/23/"), if it exists. */
    Optional<String> pathOf(long territoryId);

    /** A readable name such as "Suba (Localidad)", if the territory exists. */
    Optional<String> describe(long territoryId);
}
