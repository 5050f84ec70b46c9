package org.minga.participation.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A territory a collective project covers, with its path for the subtree queries. */
@Table("collective_project_territory")
public record ProjectTerritory(long territoryId, String territoryPath) {
}
