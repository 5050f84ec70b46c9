package org.minga.planning.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A territory where a plan action takes place, with a copy of its path (subtree figures are one prefix match). */
@Table("plan_action_territory")
public record ActionTerritory(long territoryId, String territoryPath) {
}
