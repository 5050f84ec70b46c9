package org.minga.actor.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A territory where an actor acts, with a copy of its path (subtree queries are one prefix match). */
@Table("actor_territory")
public record ActorTerritory(long territoryId, String territoryPath) {

    public ActorTerritory {
        if (territoryPath == null || territoryPath.isBlank()) {
            throw new IllegalArgumentException("A territory where an actor acts has a path");
        }
    }
}
