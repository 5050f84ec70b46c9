package org.minga.planning.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** One party to an agreement (a secretaría, a subred, an ONG...), by name. */
@Table("agreement_party")
public record AgreementParty(String party) {
}
