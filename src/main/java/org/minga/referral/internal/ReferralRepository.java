package org.minga.referral.internal;

import org.minga.referral.internal.domain.Referral;
import org.springframework.data.repository.CrudRepository;

/** Referrals written through Spring Data JDBC; their history and code numbers through {@link ReferralHistory}. */
interface ReferralRepository extends CrudRepository<Referral, Long>, ReferralHistory {
}
