package org.minga.virtual.internal;

import org.minga.virtual.internal.domain.VirtualTerritory;
import org.springframework.data.repository.CrudRepository;

/** Virtual territories written through Spring Data JDBC (with reach, groups, stewards and reach over time). */
interface VirtualTerritoryRepository extends CrudRepository<VirtualTerritory, Long> {
}
