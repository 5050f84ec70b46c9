package org.minga.territory.internal.tree;

import org.minga.territory.AreaType;
import org.minga.territory.TerritoryView;

/** The set-based writes of {@link TerritoryRepository}: a territory's path and depth follow from its parent. */
interface TerritoryPlacement {

    /** Where a new territory landed in the tree. */
    record Placed(long id, String path, int depth) {
    }

    /** Inserts a territory under {@code parent} (null for a root) and returns its id. */
    long insert(long jurisdictionId, long levelId, TerritoryView parent, String code, String name, AreaType areaType,
            Integer population);

    Placed insert(long jurisdictionId, long levelId, Placed parent, String code, String name, AreaType areaType,
            Integer population);

    /** Moves a territory and its whole subtree under a new parent. */
    void move(TerritoryView territory, TerritoryView newParent);
}
