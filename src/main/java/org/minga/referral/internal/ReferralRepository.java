package org.minga.referral.internal;

import org.minga.referral.internal.domain.Referral;
import org.springframework.data.repository.CrudRepository;

/** Referrals written through Spring Data JDBC; the rest of their writes through {@link ReferralStatements}. */
interface ReferralRepository extends CrudRepository<Referral, Long>, ReferralStatements {
}
