package org.minga.territory.internal.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;
import org.minga.territory.ParsedGeometry;
import org.springframework.core.io.ClassPathResource;

class GeometryReaderTests {

    static JsonNode bogota() throws Exception {
        try (InputStream in = new ClassPathResource(BogotaGeometryDemo.RESOURCE).getInputStream()) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyBogotaLocalidadIsAValidPolygonAndSantaFeKeepsItsHole() throws Exception {
        JsonNode features = bogota().get("features");
        assertThat(features).hasSize(20);
        double total = 0;
        for (JsonNode f : features) {
            ParsedGeometry parsed = GeometryReader.fromGeoJson(f.get("geometry"));
            assertThat(parsed.error()).as(f.path("properties").path("name").asText()).isNull();
            total += ShapeMetrics.areaKm2(parsed.geometry());
            if (f.path("properties").path("code").asText().equals("03")) {
                assertThat(((Polygon) parsed.geometry()).getNumInteriorRing()).isEqualTo(1);
            }
        }
        // the README gives about 1,640 km² for the district
        assertThat(total).isBetween(1600.0, 1680.0);
    }

    @Test
    void unclosedRingIsReportedWithItsEnds() {
        ParsedGeometry p = GeometryReader.parse("""
                {"type":"Polygon","coordinates":[[[-74.1,4.6],[-74.0,4.6],[-74.0,4.7],[-74.1,4.7]]]}""");
        assertThat(p.valid()).isFalse();
        assertThat(p.error()).isEqualTo("El borde exterior no está cerrado: la primera posición (-74.1, 4.6) "
                + "y la última (-74.1, 4.7) deben ser iguales.");
    }

    @Test
    void bowTieIsASelfIntersectionNamedInSpanish() {
        ParsedGeometry p = GeometryReader.parse("""
                {"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}""");
        assertThat(p.error()).isEqualTo("El polígono se cruza a sí mismo cerca de (0.5, 0.5).");
    }

    @Test
    void latitudeOutOfRangeNamesTheValueAndThePosition() {
        ParsedGeometry p = GeometryReader.parse("""
                {"type":"Polygon","coordinates":[[[-74.1,4.6],[-74.0,95],[-74.0,4.7],[-74.1,4.6]]]}""");
        assertThat(p.error()).isEqualTo("La latitud 95 está fuera del rango [-90, 90] (el borde exterior, posición 2)");
    }

    @Test
    void otherGeometryTypesAreRefusedByName() {
        assertThat(GeometryReader.parse("{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}").error())
                .isEqualTo("El tipo de geometría «LineString» no se admite: use Polygon o MultiPolygon.");
        assertThat(GeometryReader.parse("POINT (1 2)").error())
                .isEqualTo("El tipo de geometría «Point» no se admite: use Polygon o MultiPolygon.");
    }

    @Test
    void ringWithTooFewPositionsIsRefused() {
        assertThat(GeometryReader.parse("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[0,0]]]}").error())
                .isEqualTo(
                        "El borde exterior tiene 3 posiciones; un anillo necesita al menos 4 (la última igual a la primera).");
    }

    @Test
    void wktAndFeaturesAreAccepted() {
        ParsedGeometry wkt = GeometryReader.parse(
                "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((2 2, 3 2, 3 3, 2 3, 2 2)))");
        assertThat(wkt.valid()).isTrue();
        assertThat(wkt.geometry().getNumGeometries()).isEqualTo(2);
        ParsedGeometry feature = GeometryReader.parse("""
                {"type":"Feature","properties":{},"geometry":{"type":"Polygon",
                 "coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]],[[0.2,0.2],[0.2,0.4],[0.4,0.4],[0.2,0.2]]]}}""");
        assertThat(((Polygon) feature.geometry()).getNumInteriorRing()).isEqualTo(1);
        assertThat(GeometryReader.parse("POLYGON ((0 0, 1 0, 1 1, 0 1))").error())
                .startsWith("Un anillo del polígono no está cerrado");
        assertThat(GeometryReader.parse("no es una geometría").error())
                .startsWith("La geometría no es GeoJSON ni WKT válido");
    }

    @Test
    void areaOnTheSphereOfOneDegreeSquareAtTheEquator() {
        ParsedGeometry p = GeometryReader.parse("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
        // 111.195 km × 111.178 km on the mean sphere
        assertThat(ShapeMetrics.areaKm2(p.geometry())).isBetween(12_360.0, 12_370.0);
    }
}
