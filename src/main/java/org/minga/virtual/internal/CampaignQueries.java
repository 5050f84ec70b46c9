package org.minga.virtual.internal;

import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.territory.Territories;
import org.minga.virtual.internal.CampaignReadModel.Where;
import org.minga.virtual.internal.CampaignViews.CampaignView;
import org.springframework.stereotype.Component;

/** Campaigns as a user may read them. */
@Component
record CampaignQueries(CampaignReadModel read, VirtualAccess access, Territories territories) {

    CampaignView campaign(long id, CurrentUser user) {
        Where w = read.where(id).orElseThrow(() -> new NotFoundException("La campaña " + id + " no existe."));
        access.requireReadable(w.jurisdictionId(), w.territoryPath(), user, "La campaña " + id);
        return read.campaign(id, t -> territories.byId(t).orElseThrow().code()).orElseThrow();
    }
}
