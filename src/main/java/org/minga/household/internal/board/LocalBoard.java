package org.minga.household.internal.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.household.internal.board.BoardRecords.Board;
import org.minga.household.internal.board.BoardRecords.Cluster;
import org.minga.household.internal.board.BoardRecords.HouseholdPoint;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.AccessScope;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.territory.GeometryView;
import org.minga.territory.TerritoryGeometries;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * The local management board (tablero de gestión local, issue 22): a territory's households on a map by alert,
 * priority and care-plan status, clustered on the server per child territory (the first zoom level of a localidad is
 * its UPZ, each a count), the households themselves once the territory has no children, and the field teams that
 * work there with their contact and workload. Everything within the user's reach of personal data.
 */
@Component
record LocalBoard(BoardReadModel reads, ScopeQueries access, TerritoryTree tree, TerritoryGeometries shapes) {

    /** The most households a territory without children shows one by one; beyond, the list says how many more. */
    static final int POINTS = 500;

    Board of(CurrentUser user, Long territoryId) {
        return of(user, territoryId, null);
    }

    /** The board of the territory, or else of the root of the jurisdiction named by its code, or else the user's. */
    Board of(CurrentUser user, Long territoryId, String jurisdiction) {
        AccessScope scope = access.scope(user);
        TerritoryView t = territory(user, territoryId, jurisdiction, scope);
        List<TerritoryView> children = tree.children(user, t.id()).stream()
                .filter(c -> scope.includes(c.jurisdictionId(), c.path())).toList();
        Optional<GeometryView> own = shapes.summaryOf(t.id()).or(() -> ancestorShape(user, t));
        Double lat = own.map(GeometryView::centroidLat).orElse(null);
        Double lon = own.map(GeometryView::centroidLon).orElse(null);
        List<Cluster> clusters = new ArrayList<>();
        Map<Long, Cluster> counted = reads.clusters(t.jurisdictionId(), children);
        for (TerritoryView c : children) {
            Cluster k = counted.get(c.id());
            Optional<GeometryView> shape = shapes.summaryOf(c.id());
            if (shape.isPresent()) {
                k = placed(k, shape.get().centroidLat(), shape.get().centroidLon(), false);
            } else if (k.lat() == null) {
                k = placed(k, lat, lon, true);
            }
            clusters.add(k);
        }
        List<HouseholdPoint> points = List.of();
        long total = reads.householdsIn(t.jurisdictionId(), t.path());
        if (children.isEmpty()) {
            points = reads.households(t.jurisdictionId(), t.path(), POINTS);
        }
        long withoutChild = children.isEmpty() ? 0 : total - clusters.stream().mapToLong(Cluster::households).sum();
        LocalDate today = LocalDate.now(access.jurisdiction(t.jurisdictionId()).zoneId());
        return new Board(t, tree.ancestry(user, t.id()), clusters, points, points.size(), total, withoutChild,
                reads.teams(t.jurisdictionId(), t.path(), today), lat, lon);
    }

    private static Cluster placed(Cluster k, Double lat, Double lon, boolean approximate) {
        return new Cluster(k.territoryId(), k.code(), k.name(), k.households(), k.priority(), k.withAlerts(),
                k.withSevereAlerts(), k.withActivePlan(), k.withoutPlan(), lat, lon, approximate);
    }

    private Optional<GeometryView> ancestorShape(CurrentUser user, TerritoryView t) {
        List<TerritoryView> chain = tree.ancestry(user, t.id());
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<GeometryView> g = shapes.summaryOf(chain.get(i).id());
            if (g.isPresent()) {
                return g;
            }
        }
        return Optional.empty();
    }

    /** The territory asked for, if the user reads personal data in it; else the user's own, or their first root. */
    private TerritoryView territory(CurrentUser user, Long territoryId, String jurisdiction, AccessScope scope) {
        if (territoryId != null) {
            TerritoryView t = access.territories().byId(territoryId)
                    .filter(x -> scope.includes(x.jurisdictionId(), x.path()))
                    .orElseThrow(() -> new NotFoundException("No existe el territorio " + territoryId
                            + " en su alcance."));
            return t;
        }
        if (user.territoryId() != null) {
            return access.territories().byId(user.territoryId()).orElseThrow();
        }
        List<org.minga.platform.Jurisdiction> visible = jurisdiction == null || jurisdiction.isBlank()
                ? access.jurisdictions().visibleTo(user)
                : List.of(access.jurisdiction(jurisdiction, user));
        for (var j : visible) {
            List<TerritoryView> roots = tree.roots(user, j.id());
            if (!roots.isEmpty()) {
                return roots.get(0);
            }
        }
        throw new NotFoundException("No hay territorios en su alcance.");
    }
}
