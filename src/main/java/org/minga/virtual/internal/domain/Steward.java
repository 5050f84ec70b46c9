package org.minga.virtual.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** Who administers or moderates a virtual territory: a name (a person of the team or an actor) and the role. */
@Table("virtual_territory_steward")
public record Steward(String name, StewardRole role) {
}
