package org.minga.territory;

import java.util.List;
import java.util.Optional;

import org.minga.platform.CurrentUser;

/**
 * Saved groups of territories by shared needs (clusterings of a level on social variables), for the modules that
 * choose where to act: a fair, a care route or a plan may target a group instead of listing its territories.
 */
public interface TerritoryGroups {

    /** The groups of the jurisdiction's clusterings the user may read, newest clustering first. */
    List<TerritoryGroupView> of(long jurisdictionId, CurrentUser user);

    /** One group, if it exists and the user may read its clustering. */
    Optional<TerritoryGroupView> byId(long groupId, CurrentUser user);
}
