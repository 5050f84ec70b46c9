package org.minga.planning.internal.domain;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A resource line of a plan action: what one entity (an actor's id when it is one) puts in (money, staff or goods valued at cost) from one of its
 * investment lines and one funding source, planned, committed and executed in the action's currency. Executed
 * never exceeds committed; none is negative (checked by {@link PlanAction}).
 */
@Table("plan_action_resource")
public record ActionResource(String entity, String investmentLine, long fundingSourceId, ResourceKind kind,
        String description, BigDecimal planned, BigDecimal committed, BigDecimal executed, Long actorId) {

    ActionResource withExecution(BigDecimal committed, BigDecimal executed) {
        return new ActionResource(entity, investmentLine, fundingSourceId, kind, description, planned, committed,
                executed, actorId);
    }
}
