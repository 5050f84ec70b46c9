package org.minga.territory.internal.geometry;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.minga.platform.AuditLog;
import org.minga.platform.CurrentUser;
import org.minga.platform.ImportValidation;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.territory.GeometryImportResult;
import org.minga.territory.GeometryView;
import org.minga.territory.ParsedGeometry;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryGeometries;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class GeometryService implements TerritoryGeometries {

    private final Territories territories;
    private final Jurisdictions jurisdictions;
    private final GeometryRepository store;
    private final FeatureCollectionImport importer;
    private final AuditLog audit;

    @Override
    public ParsedGeometry parse(String text) {
        return GeometryReader.parse(text);
    }

    @Override
    @Transactional
    public GeometryView store(long territoryId, Geometry geometry, CurrentUser user) {
        if (!(geometry instanceof Polygon) && !(geometry instanceof MultiPolygon) || !geometry.isValid()) {
            throw new IllegalArgumentException("Only valid Polygon or MultiPolygon shapes from parse() are stored");
        }
        TerritoryView territory = territories.requireVisible(territoryId, user);
        Optional<GeometryView> before = store.summary(territoryId);
        store.upsert(territory.jurisdictionId(), List.of(new GeometryRepository.Row(territoryId, geometry)), null,
                user.username());
        store.bumpRevision(territory.jurisdictionId());
        GeometryView after = store.summary(territoryId).orElseThrow();
        audit.record(before.isPresent() ? "UPDATE" : "CREATE", "territory_geometry", territoryId,
                territory.jurisdictionId(), "Geometría de " + territory.label(),
                before.map(GeometryService::auditState).orElse(null), auditState(after));
        return after;
    }

    @Override
    @Transactional
    public GeometryImportResult importFeatureCollection(long jurisdictionId, String geojson, CurrentUser user) {
        Jurisdiction jurisdiction = jurisdictions.byId(jurisdictionId)
                .orElseThrow(() -> new NotFoundException("No existe la jurisdicción " + jurisdictionId + "."));
        ImportValidation<FeatureCollectionImport.Plan> validation = importer.validate(geojson, jurisdiction, user,
                n -> {
                });
        if (!validation.valid()) {
            return new GeometryImportResult(validation.rows(), 0, validation.errors());
        }
        int loaded = importer.load(validation.plan(), user, n -> {
        });
        return new GeometryImportResult(validation.rows(), loaded, List.of());
    }

    @Override
    public Optional<GeometryView> summaryOf(long territoryId) {
        return store.summary(territoryId);
    }

    private static Map<String, Object> auditState(GeometryView v) {
        return Map.of("areaKm2", Math.round(v.areaKm2() * 1000) / 1000.0,
                "bbox", List.of(v.minLon(), v.minLat(), v.maxLon(), v.maxLat()),
                "centroid", List.of(v.centroidLon(), v.centroidLat()));
    }
}
