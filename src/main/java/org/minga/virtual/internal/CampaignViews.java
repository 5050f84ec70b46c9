package org.minga.virtual.internal;

import java.time.LocalDate;
import java.util.List;

import org.minga.virtual.internal.domain.CampaignStatus;
import org.minga.virtual.internal.domain.PieceKind;

/** What the campaign pages and the API show. */
final class CampaignViews {

    private CampaignViews() {
    }

    /**
     * A piece: how many versions it has, which one is approved (null while none is) and how many times its link was
     * opened from an invitation (counted by Minga's own redirect, no third-party tracker).
     */
    record PieceRow(long id, String title, PieceKind kind, int versions, Integer approvedVersion, long opens) {
    }

    /** One campaign with its calendar, territories, channels and pieces. */
    record CampaignView(long id, long jurisdictionId, String code, String name, String objective, String audiences,
            LocalDate startsOn, LocalDate endsOn, CampaignStatus status, List<String> territories,
            List<String> virtualTerritories, List<PieceRow> pieces) {
    }
}
