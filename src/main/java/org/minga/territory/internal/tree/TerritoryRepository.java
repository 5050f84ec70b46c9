package org.minga.territory.internal.tree;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Writes of territories: the aggregate for its own fields, {@link TerritoryPlacement} for its place in the tree. */
interface TerritoryRepository extends Repository<Territory, Long>, TerritoryPlacement {

    Optional<Territory> findById(Long id);

    Territory save(Territory territory);

    /**
     * Renames and reclassifies the territory if nobody changed it since {@code version} was read; false when someone
     * did (or it is gone).
     */
    default boolean update(long id, int version, String name, org.minga.territory.AreaType areaType,
            Integer population) {
        Optional<Territory> territory = findById(id).filter(t -> t.version() == version);
        territory.ifPresent(t -> save(t.describe(name, areaType, population)));
        return territory.isPresent();
    }
}
