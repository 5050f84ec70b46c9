package org.minga.territory.internal.geometry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.minga.territory.ParsedGeometry;

/**
 * Reads territory shapes from GeoJSON or WKT and checks them: Polygon or MultiPolygon only, closed rings of
 * at least four positions, coordinates in range, and a valid topology. Messages are Spanish and say where.
 * Our own walk over the GeoJSON (rather than JTS's reader) lets an unclosed ring get a clear message
 * instead of a JTS exception.
 */
final class GeometryReader {

    static final int WGS84 = 4326;
    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeometryReader() {
    }

    /** GeoJSON (geometry object or Feature) when the text starts with '{', otherwise WKT. */
    static ParsedGeometry parse(String text) {
        if (text == null || text.isBlank()) {
            return ParsedGeometry.failure("La geometría está vacía.");
        }
        String t = text.strip();
        if (t.startsWith("{")) {
            JsonNode node;
            try {
                node = JSON.readTree(t);
            } catch (JsonProcessingException e) {
                return ParsedGeometry.failure("La geometría no es GeoJSON válido: "
                        + e.getOriginalMessage() + " (línea " + e.getLocation().getLineNr() + ").");
            }
            if ("Feature".equals(node.path("type").asText())) {
                node = node.get("geometry");
            }
            return fromGeoJson(node);
        }
        return fromWkt(t);
    }

    static ParsedGeometry fromWkt(String wkt) {
        Geometry g;
        try {
            g = new WKTReader(FACTORY).read(wkt);
        } catch (ParseException e) {
            return ParsedGeometry.failure("La geometría no es GeoJSON ni WKT válido: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("closed")) {
                return ParsedGeometry.failure("Un anillo del polígono no está cerrado: la primera y la última "
                        + "posición deben ser iguales.");
            }
            if (m.contains("number of points")) {
                return ParsedGeometry.failure("Un anillo del polígono tiene menos de 4 posiciones; "
                        + "un anillo necesita al menos 4 (la última igual a la primera).");
            }
            return ParsedGeometry.failure("La geometría WKT no es válida: " + m);
        }
        if (!(g instanceof Polygon) && !(g instanceof MultiPolygon)) {
            return ParsedGeometry.failure(wrongType(g.getGeometryType()));
        }
        if (g.isEmpty()) {
            return ParsedGeometry.failure("La geometría no tiene coordenadas.");
        }
        for (Coordinate c : g.getCoordinates()) {
            String range = rangeError(c.x, c.y);
            if (range != null) {
                return ParsedGeometry.failure(range);
            }
        }
        return checkTopology(g);
    }

    static ParsedGeometry fromGeoJson(JsonNode node) {
        if (node == null || node.isNull() || !node.isObject()) {
            return ParsedGeometry.failure("Falta la geometría (un objeto GeoJSON con 'type' y 'coordinates').");
        }
        String type = node.path("type").asText("");
        if (type.isEmpty()) {
            return ParsedGeometry.failure("La geometría no indica su tipo ('type'): use Polygon o MultiPolygon.");
        }
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            return ParsedGeometry.failure(wrongType(type));
        }
        JsonNode coords = node.get("coordinates");
        if (coords == null || !coords.isArray() || coords.isEmpty()) {
            return ParsedGeometry.failure("La geometría " + type + " no tiene coordenadas ('coordinates').");
        }
        try {
            Geometry g;
            if (type.equals("Polygon")) {
                g = polygon(coords, 0);
            } else {
                Polygon[] parts = new Polygon[coords.size()];
                for (int p = 0; p < coords.size(); p++) {
                    parts[p] = polygon(coords.get(p), p + 1);
                }
                g = FACTORY.createMultiPolygon(parts);
            }
            return checkTopology(g);
        } catch (ShapeException e) {
            return ParsedGeometry.failure(e.getMessage());
        }
    }

    private static Polygon polygon(JsonNode rings, int part) {
        String where = part == 0 ? "" : " del polígono " + part;
        if (!rings.isArray() || rings.isEmpty()) {
            throw new ShapeException("El polígono" + (part == 0 ? "" : " " + part)
                    + " no tiene anillos: se espera una lista de anillos de posiciones [lon, lat].");
        }
        LinearRing shell = ring(rings.get(0), "El borde exterior" + where);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int h = 1; h < rings.size(); h++) {
            holes[h - 1] = ring(rings.get(h), "El hueco " + h + where);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, String name) {
        if (!positions.isArray()) {
            throw new ShapeException(name + " no es una lista de posiciones [lon, lat].");
        }
        List<Coordinate> coords = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            JsonNode p = positions.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new ShapeException(name + " tiene en la posición " + (i + 1)
                        + " un valor que no es un par de números [lon, lat].");
            }
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            String range = rangeError(lon, lat);
            if (range != null) {
                throw new ShapeException(range + " (" + lower(name) + ", posición " + (i + 1) + ")");
            }
            coords.add(new Coordinate(lon, lat));
        }
        if (coords.size() < 4) {
            throw new ShapeException(name + " tiene " + coords.size()
                    + " posiciones; un anillo necesita al menos 4 (la última igual a la primera).");
        }
        Coordinate first = coords.get(0);
        Coordinate last = coords.get(coords.size() - 1);
        if (!first.equals2D(last)) {
            throw new ShapeException(name + " no está cerrado: la primera posición " + point(first)
                    + " y la última " + point(last) + " deben ser iguales.");
        }
        return FACTORY.createLinearRing(coords.toArray(new Coordinate[0]));
    }

    static String rangeError(double lon, double lat) {
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            return "La longitud " + number(lon) + " está fuera del rango [-180, 180]";
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            return "La latitud " + number(lat) + " está fuera del rango [-90, 90]";
        }
        return null;
    }

    private static ParsedGeometry checkTopology(Geometry g) {
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error == null) {
            return ParsedGeometry.of(g);
        }
        return ParsedGeometry.failure(describe(error));
    }

    /** The JTS reason in Spanish, with the place. */
    static String describe(TopologyValidationError error) {
        String near = error.getCoordinate() == null ? "" : " cerca de " + point(error.getCoordinate());
        switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION :
            case TopologyValidationError.RING_SELF_INTERSECTION :
                return "El polígono se cruza a sí mismo" + near + ".";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL :
                return "Un hueco del polígono queda fuera de su borde exterior" + near + ".";
            case TopologyValidationError.NESTED_HOLES :
                return "Un hueco del polígono está dentro de otro hueco" + near + ".";
            case TopologyValidationError.DISCONNECTED_INTERIOR :
                return "Los huecos dividen el interior del polígono en partes separadas" + near + ".";
            case TopologyValidationError.NESTED_SHELLS :
                return "Un polígono del MultiPolygon está dentro de otro" + near + ".";
            case TopologyValidationError.DUPLICATE_RINGS :
                return "Hay anillos repetidos" + near + ".";
            case TopologyValidationError.TOO_FEW_POINTS :
                return "Un anillo tiene menos de 3 puntos distintos" + near + ".";
            case TopologyValidationError.INVALID_COORDINATE :
                return "Hay una coordenada no válida" + near + ".";
            case TopologyValidationError.RING_NOT_CLOSED :
                return "Un anillo no está cerrado" + near + ".";
            default :
                return "La geometría no es válida" + near + ": " + error.getMessage() + ".";
        }
    }

    private static String wrongType(String type) {
        return "El tipo de geometría «" + type + "» no se admite: use Polygon o MultiPolygon.";
    }

    static String point(Coordinate c) {
        return "(" + number(c.x) + ", " + number(c.y) + ")";
    }

    private static String number(double d) {
        String s = String.format(Locale.ROOT, "%.6f", d);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static final class ShapeException extends RuntimeException {
        ShapeException(String message) {
            super(message, null, false, false);
        }
    }
}
