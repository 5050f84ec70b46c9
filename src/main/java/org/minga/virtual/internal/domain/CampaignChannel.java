package org.minga.virtual.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A virtual territory a campaign goes through, by its id. */
@Table("campaign_channel")
public record CampaignChannel(long virtualTerritoryId) {
}
