package org.minga.virtual.internal;

import java.util.ArrayList;
import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.minga.virtual.internal.VirtualTerritoryReadModel.Head;
import org.minga.virtual.internal.VirtualViews.ReachPoint;
import org.minga.virtual.internal.VirtualViews.TerritoryRef;
import org.minga.virtual.internal.VirtualViews.VirtualTerritoryRow;
import org.minga.virtual.internal.VirtualViews.VirtualTerritoryView;
import org.minga.virtual.internal.domain.ReachMeasurement;
import org.minga.virtual.internal.domain.ReachTrend;
import org.springframework.stereotype.Component;

/** Virtual territories as a user may read them: the scope's list, and one with its reach over time as a trend. */
@Component
record VirtualTerritoryQueries(VirtualTerritoryReadModel read, VirtualAccess access, Territories territories) {

    List<VirtualTerritoryRow> list(CurrentUser user) {
        return read.list(territories.scopeOf(user, Capability.READ_TERRITORIAL_INFO));
    }

    VirtualTerritoryView one(long id, CurrentUser user) {
        Head h = read.head(id).orElseThrow(() -> new NotFoundException("El territorio virtual " + id + " no existe."));
        access.requireReadable(h.jurisdictionId(), h.territoryPath(), user, "El territorio virtual " + id);
        List<ReachMeasurement> measured = read.reach(id);
        List<ReachPoint> points = new ArrayList<>();
        ReachMeasurement before = null;
        for (ReachMeasurement m : measured) {
            points.add(new ReachPoint(m.measuredOn(), m.members(), m.followers(),
                    before == null ? null : m.members() - before.members(),
                    before == null ? null : m.followers() - before.followers()));
            before = m;
        }
        return new VirtualTerritoryView(h.id(), h.jurisdictionId(), h.code(), h.name(), h.kind(), h.address(),
                h.rules(), ref(h.territoryId()), read.reachedTerritories(id).stream().map(this::ref).toList(),
                read.populationGroups(id), read.stewards(id), points, ReachTrend.of(measured));
    }

    private TerritoryRef ref(long territoryId) {
        TerritoryView t = territories.byId(territoryId).orElseThrow();
        return new TerritoryRef(t.id(), t.code(), t.name());
    }
}
