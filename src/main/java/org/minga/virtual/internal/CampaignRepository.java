package org.minga.virtual.internal;

import org.minga.virtual.internal.domain.Campaign;
import org.springframework.data.repository.CrudRepository;

/** Campaigns written through Spring Data JDBC (with their territories and channels). */
interface CampaignRepository extends CrudRepository<Campaign, Long> {
}
