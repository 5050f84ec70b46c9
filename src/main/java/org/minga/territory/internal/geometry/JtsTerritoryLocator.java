package org.minga.territory.internal.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ValidationException;
import org.minga.territory.LocatedTerritory;
import org.minga.territory.LocatedTerritory.TerritoryRef;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryLocator;
import org.minga.platform.AccessScope;
import org.minga.territory.internal.geometry.GeometryReadModel.Node;
import org.springframework.stereotype.Service;

/** Point in polygon over the in-memory index; scope and names come from the database, fresh. */
@Service
record JtsTerritoryLocator(ShapeIndex index, GeometryRepository store, Territories territories,
        GeometryReadModel reads) implements TerritoryLocator {

    static void checkPoint(Double lat, Double lon) {
        List<FieldError> errors = new ArrayList<>();
        if (lat == null) {
            errors.add(new FieldError("lat", "Indique la latitud, entre -90 y 90."));
        } else if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            errors.add(new FieldError("lat", "La latitud " + lat + " está fuera del rango [-90, 90]."));
        }
        if (lon == null) {
            errors.add(new FieldError("lon", "Indique la longitud, entre -180 y 180."));
        } else if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            errors.add(new FieldError("lon", "La longitud " + lon + " está fuera del rango [-180, 180]."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    @Override
    public Optional<LocatedTerritory> locate(double lat, double lon, Long jurisdictionId, CurrentUser user) {
        checkPoint(lat, lon);
        AccessScope scope = territories.scopeOf(user);
        List<Long> searched;
        if (jurisdictionId != null) {
            if (!scope.includesJurisdiction(jurisdictionId)) {
                return Optional.empty();
            }
            searched = List.of(jurisdictionId);
        } else if (user.jurisdictionId() != null) {
            searched = List.of(user.jurisdictionId());
        } else {
            searched = store.jurisdictionsWithShapes();
        }
        List<Long> candidates = new ArrayList<>();
        for (long j : searched) {
            candidates.addAll(index.covering(j, lon, lat));
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // deepest in scope wins; on a shared border the lowest id, so the answer never flips
        Optional<Node> best = reads.nodes(candidates).stream()
                .filter(n -> scope.includes(n.jurisdictionId(), n.path()))
                .min(Comparator.comparingInt(Node::depth).reversed().thenComparingLong(Node::id));
        return best.map(this::withAncestors);
    }

    private LocatedTerritory withAncestors(Node n) {
        List<Long> ids = Arrays.stream(n.path().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .filter(id -> id != n.id()).toList();
        Map<Long, Node> byId = ids.isEmpty() ? Map.of()
                : reads.nodes(ids).stream().collect(Collectors.toMap(Node::id, Function.identity()));
        List<TerritoryRef> ancestors = ids.stream().map(byId::get).filter(a -> a != null)
                .map(a -> new TerritoryRef(a.id(), a.code(), a.name(), a.level())).toList();
        return new LocatedTerritory(n.id(), n.jurisdictionId(), n.code(), n.name(), n.level(), n.levelName(),
                ancestors);
    }
}
