package org.minga.territory;

import java.time.Instant;

/**
 * Summary of a territory's stored shape: bounding box and centroid in WGS84 degrees, approximate area on
 * the sphere in km².
 */
public record GeometryView(long territoryId, long jurisdictionId, double minLon, double minLat, double maxLon,
        double maxLat, double centroidLat, double centroidLon, double areaKm2,
        Instant updatedAt, String updatedBy) {
}
