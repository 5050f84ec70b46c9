package org.minga.planning.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One of the entities responsible for a plan action (a secretaría, a subred, an ICBF regional...): its name, and
 * the actor's id when the name is one of the jurisdiction's actors (null otherwise).
 */
@Table("plan_action_responsible")
public record Responsible(String entity, Long actorId) {
}
