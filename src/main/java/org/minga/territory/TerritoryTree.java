package org.minga.territory;

import java.util.List;
import java.util.Optional;

import org.minga.platform.CurrentUser;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;

/** Browsing and changing the territorial trees, always within the user's scope. */
public interface TerritoryTree {

    List<TerritoryLevelView> levels(long jurisdictionId);

    Optional<TerritoryLevelView> level(long jurisdictionId, String code);

    /**
     * Territories in the user's scope, filtered by level, parent and a name search, ordered by name.
     * With a parent, its whole subtree when {@code subtree} is true, else its direct children.
     */
    PageResult<TerritoryView> search(CurrentUser user, TerritorySearch search, PageRequest page);

    /** The roots of the user's view: the jurisdiction roots, or the user's own territory. */
    List<TerritoryView> roots(CurrentUser user, long jurisdictionId);

    List<TerritoryView> children(CurrentUser user, long parentId);

    /** The chain from the root down to the territory (inclusive), limited to what the user may see. */
    List<TerritoryView> ancestry(CurrentUser user, long id);

    TerritoryView create(CurrentUser user, NewTerritory command);

    TerritoryView change(CurrentUser user, long id, TerritoryChange command);

    TerritoryLevelView defineLevel(CurrentUser user, long jurisdictionId, String code, String name, int rank);

    record TerritorySearch(long jurisdictionId, String levelCode, Long parentId, boolean subtree, String query) {
    }
}
