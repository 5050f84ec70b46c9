package org.minga.planning.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A service of the offer an agreement pays for, by the offer module's id. */
@Table("agreement_funded_service")
public record FundedService(long serviceId) {
}
