package org.minga.territory;

import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.minga.platform.CurrentUser;

/**
 * The shapes of territories: parse and validate, store, import a GeoJSON FeatureCollection, read.
 * Shapes are WGS84 lon/lat Polygons or MultiPolygons (holes kept); every change bumps the jurisdiction's
 * geometry revision so each instance rebuilds its spatial index.
 */
public interface TerritoryGeometries {

    /**
     * Parses and validates one geometry given as GeoJSON (a geometry object or a Feature) or WKT. Never
     * throws for bad input: the result carries a Spanish message instead.
     */
    ParsedGeometry parse(String text);

    /**
     * Stores (replaces) the shape of a territory inside the caller's transaction, bumps the revision and
     * writes the audit log. The geometry must come from {@link #parse}. The territory must be in the
     * user's scope, otherwise {@link org.minga.platform.NotFoundException}.
     */
    GeometryView store(long territoryId, Geometry geometry, CurrentUser user);

    /**
     * Imports a FeatureCollection into a jurisdiction: features are matched by {@code code}/{@code codigo},
     * else by {@code name}/{@code nombre} ignoring case and accents. All or nothing: when there is any error
     * nothing is stored and the result lists every error.
     */
    GeometryImportResult importFeatureCollection(long jurisdictionId, String geojson, CurrentUser user);

    /** The stored shape's summary (bounding box, centroid, area), if the territory has one. */
    Optional<GeometryView> summaryOf(long territoryId);
}
