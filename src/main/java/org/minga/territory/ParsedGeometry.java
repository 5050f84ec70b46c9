package org.minga.territory;

import org.locationtech.jts.geom.Geometry;

/** A geometry read from text: either a valid Polygon/MultiPolygon or a Spanish message saying what is wrong. */
public record ParsedGeometry(Geometry geometry, String error) {

    public ParsedGeometry {
        if ((geometry == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of geometry and error");
        }
    }

    public static ParsedGeometry of(Geometry geometry) {
        return new ParsedGeometry(geometry, null);
    }

    public static ParsedGeometry failure(String error) {
        return new ParsedGeometry(null, error);
    }

    public boolean valid() {
        return geometry != null;
    }
}
