package org.minga.virtual.internal;

import org.minga.virtual.internal.domain.CampaignPiece;
import org.springframework.data.repository.CrudRepository;

/** Campaign pieces written through Spring Data JDBC (with every version). */
interface CampaignPieceRepository extends CrudRepository<CampaignPiece, Long> {
}
