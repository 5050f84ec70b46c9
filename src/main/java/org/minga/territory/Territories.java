package org.minga.territory;

import org.minga.platform.AccessScope;
import java.util.List;
import java.util.Optional;

import org.minga.platform.CurrentUser;

/** Read access to the territorial trees, for other modules. */
public interface Territories {

    /** Where the user reads territorial information (territories, actors, offer, bodies...): no personal data. */
    AccessScope scopeOf(CurrentUser user);

    /** Where the user holds a capability of {@link org.minga.platform.AccessPolicy}, as a territory scope. */
    AccessScope scopeOf(CurrentUser user, org.minga.platform.Capability capability);

    Optional<TerritoryView> byId(long id);

    /** The territory if it is inside the user's scope; otherwise {@link org.minga.platform.NotFoundException}. */
    TerritoryView requireVisible(long id, CurrentUser user);

    /** The territory with this code, or else the one territory of the jurisdiction with this name ("Suba"). */
    Optional<TerritoryView> byCode(long jurisdictionId, String code);

    /** Territories of a jurisdiction whose name matches, ignoring case and accents. */
    List<TerritoryView> byName(long jurisdictionId, String name);

    /** All territories of one level inside a scope, by name (bounded by the size of a level). */
    List<TerritoryView> ofLevel(long jurisdictionId, String levelCode, AccessScope scope);
}
