package org.minga.territory.internal.geometry;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Bounding box, centroid and area on the sphere of a lon/lat shape. */
record ShapeMetrics(double minLon, double minLat, double maxLon, double maxLat, double centroidLat,
        double centroidLon, double areaKm2) {

    /** IUGG mean Earth radius, metres. */
    static final double EARTH_RADIUS_M = 6_371_008.8;

    static ShapeMetrics of(Geometry g) {
        Envelope e = g.getEnvelopeInternal();
        Point c = g.getCentroid();
        return new ShapeMetrics(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY(), c.getY(), c.getX(),
                areaKm2(g));
    }

    /** Outer rings minus holes, each ring's area on the sphere. */
    static double areaKm2(Geometry g) {
        double m2 = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            m2 += Math.abs(ringArea(p.getExteriorRing()));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                m2 -= Math.abs(ringArea(p.getInteriorRingN(h)));
            }
        }
        return Math.max(0, m2) / 1_000_000.0;
    }

    /**
     * Signed area of a ring on the sphere (Chamberlain and Duquette, "Some algorithms for polygons on a
     * sphere", JPL 2007), the formula d3 and turf use.
     */
    static double ringArea(LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        int n = cs.length;
        if (n < 4) {
            return 0;
        }
        double total = 0;
        for (int i = 0; i < n - 1; i++) {
            Coordinate p1 = cs[i];
            Coordinate p2 = cs[(i + 1) % (n - 1)];
            Coordinate p3 = cs[(i + 2) % (n - 1)];
            total += (Math.toRadians(p3.x) - Math.toRadians(p1.x)) * Math.sin(Math.toRadians(p2.y));
        }
        return total * EARTH_RADIUS_M * EARTH_RADIUS_M / 2;
    }
}
