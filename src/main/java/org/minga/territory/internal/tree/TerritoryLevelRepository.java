package org.minga.territory.internal.tree;

import org.springframework.data.repository.Repository;

/** Writes of territorial levels. Lists read {@code TerritoryTree.levels}. */
interface TerritoryLevelRepository extends Repository<TerritoryLevel, Long> {

    TerritoryLevel save(TerritoryLevel level);
}
