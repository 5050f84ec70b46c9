package org.minga.virtual.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A physical territory a virtual territory reaches, by the territory's id. */
@Table("virtual_territory_reaches")
public record ReachedTerritory(long territoryId) {
}
