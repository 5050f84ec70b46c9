package org.minga.virtual.internal;

import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.territory.Territories;
import org.minga.virtual.internal.CampaignReadModel.Image;
import org.minga.virtual.internal.CampaignReadModel.Where;
import org.minga.virtual.internal.CampaignViews.CampaignRow;
import org.minga.virtual.internal.CampaignViews.CampaignView;
import org.minga.virtual.internal.CampaignViews.VersionRow;
import org.minga.virtual.internal.OnlineSessionReadModel.SessionView;
import org.springframework.stereotype.Component;

/** Campaigns as a user may read them. */
@Component
record CampaignQueries(CampaignReadModel read, OnlineSessionReadModel sessions, VirtualAccess access,
        Territories territories) {

    CampaignView campaign(long id, CurrentUser user) {
        require(id, user);
        return read.campaign(id, t -> territories.byId(t).orElseThrow().code()).orElseThrow();
    }

    /** The campaigns the user reads; only those going through a virtual territory when one is given. */
    List<CampaignRow> list(CurrentUser user, Long virtualTerritoryId) {
        return read.list(territories.scopeOf(user, Capability.READ_TERRITORIAL_INFO), virtualTerritoryId);
    }

    /** Every version of the campaign's pieces. */
    List<VersionRow> versions(long id, CurrentUser user) {
        require(id, user);
        return read.versions(id);
    }

    /** The online sessions held in the campaign, in date order. */
    List<SessionView> sessions(long id, CurrentUser user) {
        require(id, user);
        return sessions.ofCampaign(id);
    }

    /** The image of a piece's version, for a user who reads its campaign. */
    Image image(long pieceId, int number, CurrentUser user) {
        Image i = read.image(pieceId, number).orElseThrow(() -> new NotFoundException("La pieza " + pieceId
                + " no tiene imagen en la versión " + number + "."));
        access.requireReadable(i.jurisdictionId(), i.territoryPath(), user, "La pieza " + pieceId);
        return i;
    }

    private void require(long id, CurrentUser user) {
        Where w = read.where(id).orElseThrow(() -> new NotFoundException("La campaña " + id + " no existe."));
        access.requireReadable(w.jurisdictionId(), w.territoryPath(), user, "La campaña " + id);
    }
}
