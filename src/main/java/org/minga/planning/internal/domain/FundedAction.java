package org.minga.planning.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A plan action an agreement pays for. */
@Table("agreement_funded_action")
public record FundedAction(long planActionId) {
}
