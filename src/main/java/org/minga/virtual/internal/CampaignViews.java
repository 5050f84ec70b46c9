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
     * A piece: how many versions it has, which one is approved (null while none is), how many invitations carried it
     * and how many times its link was opened from an invitation (counted by Minga's own redirect, no third-party
     * tracker).
     */
    record PieceRow(long id, String title, PieceKind kind, int versions, Integer approvedVersion, long invitations,
            long opens) {
    }

    /** One version of a piece (numbered from 1) as the campaign page lists it. */
    record VersionRow(long pieceId, int number, String body, String link, boolean hasImage, String author) {
    }

    /** A campaign in a list. */
    record CampaignRow(long id, String code, String name, CampaignStatus status, LocalDate startsOn,
            LocalDate endsOn) {
    }

    /** One campaign with its calendar, territories, channels and pieces. */
    record CampaignView(long id, long jurisdictionId, String code, String name, String objective, String audiences,
            LocalDate startsOn, LocalDate endsOn, CampaignStatus status, List<String> territories,
            List<String> virtualTerritories, List<PieceRow> pieces) {
    }
}
