package org.minga.virtual.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A physical territory a campaign addresses, by the territory's id. */
@Table("campaign_territory")
public record CampaignTerritory(long territoryId) {
}
