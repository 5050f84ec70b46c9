package org.minga.virtual.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.virtual.internal.VirtualFiguresReadModel.Figures;
import org.minga.virtual.internal.VirtualViews.VirtualTerritoryRow;
import org.springframework.stereotype.Component;

/** The figures of a virtual territory or a campaign for a user who may read it. */
@Component
record VirtualFigures(VirtualFiguresReadModel figures, VirtualTerritoryReadModel territories,
        CampaignReadModel campaigns, VirtualAccess access, VirtualTerritoryQueries queries, Labels labels) {

    /** The columns of the export of the virtual territories a user reads, with their figures. */
    static final List<String> COLUMNS = List.of("codigo", "nombre", "tipo", "miembros", "seguidores", "sesiones",
            "sesiones_educacion_salud", "asistencias", "aportes", "canalizaciones_iniciadas");

    /** One row per virtual territory the user reads: its latest reach and what came from it. */
    List<List<Object>> table(CurrentUser user) {
        List<List<Object>> rows = new ArrayList<>();
        for (VirtualTerritoryRow r : queries.list(user)) {
            Figures f = figures.ofVirtualTerritory(r.id());
            rows.add(Arrays.asList(r.code(), r.name(), labels.of(r.kind()), r.members(), r.followers(),
                    f.sessions(), f.healthEducationSessions(), f.attendance(), f.contributions(),
                    f.referralsStarted()));
        }
        return rows;
    }

    Figures ofVirtualTerritory(long id, CurrentUser user) {
        VirtualTerritoryReadModel.Head h = territories.head(id)
                .orElseThrow(() -> new NotFoundException("El territorio virtual " + id + " no existe."));
        access.requireReadable(h.jurisdictionId(), h.territoryPath(), user, "El territorio virtual " + id);
        return figures.ofVirtualTerritory(id);
    }

    Figures ofCampaign(long id, CurrentUser user) {
        CampaignReadModel.Where w = campaigns.where(id)
                .orElseThrow(() -> new NotFoundException("La campaña " + id + " no existe."));
        access.requireReadable(w.jurisdictionId(), w.territoryPath(), user, "La campaña " + id);
        return figures.ofCampaign(id);
    }
}
