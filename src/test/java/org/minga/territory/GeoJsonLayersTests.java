package org.minga.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Map layers that tile and layers a GIS reads (issue 18): Bogotá's 20 localidades (the official IDECA boundaries,
 * the same file as {@code ../shared/reference/geo/}) simplified keep their shared borders, and the social-assets map
 * is a GeoJSON FeatureCollection.
 */
@MingaTest
class GeoJsonLayersTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    MockHttpServletResponse get(String url, String user) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                .with(httpBasic(user, "minga2026"))).andExpect(status().isOk()).andReturn().getResponse();
    }

    Map<String, Geometry> localidades(String simplify) throws Exception {
        JsonNode fc = json.readTree(get("/api/v1/territories/geometry?jurisdiction=11001&level=localidad" + simplify,
                "distrito").getContentAsString(StandardCharsets.UTF_8));
        GeoJsonReader reader = new GeoJsonReader();
        Map<String, Geometry> shapes = new LinkedHashMap<>();
        for (JsonNode f : fc.get("features")) {
            shapes.put(f.at("/properties/name").asText(), reader.read(f.get("geometry").toString()));
        }
        return shapes;
    }

    @Test
    void simplifiedLocalidadesKeepTheirSharedBordersNoneOverlapsAndNoneIsLost() throws Exception {
        Map<String, Geometry> full = localidades("");
        assertThat(full).hasSize(20);
        for (String tolerance : List.of("0.0005", "0.001", "0.005")) {
            Map<String, Geometry> simple = localidades("&simplify=" + tolerance);
            assertThat(simple.keySet()).as("none lost at " + tolerance).isEqualTo(full.keySet());
            assertThat(simple.values()).as("none empty or broken at " + tolerance)
                    .allSatisfy(g -> assertThat(!g.isEmpty() && g.isValid()).isTrue());
            assertThat(points(simple)).as("simplified at " + tolerance).isLessThan(points(full) / 5);
            List<String> overlapping = new ArrayList<>();
            List<String> names = new ArrayList<>(simple.keySet());
            for (int i = 0; i < names.size(); i++) {
                for (int k = i + 1; k < names.size(); k++) {
                    Geometry a = simple.get(names.get(i));
                    Geometry b = simple.get(names.get(k));
                    if (a.intersects(b) && a.intersection(b).getArea() > 1e-12) {
                        overlapping.add(names.get(i) + " / " + names.get(k));
                    }
                }
            }
            assertThat(overlapping).as("neighbours overlapping at " + tolerance).isEmpty();
            // no gaps either: together they cover what the full shapes cover, within the tolerance
            double covered = union(full).getArea();
            assertThat(union(simple).getArea()).isCloseTo(covered, org.assertj.core.data.Percentage.withPercentage(1));
        }
        // La Candelaria lies inside Santa Fe: the hole is kept
        Geometry santaFe = localidades("&simplify=0.001").entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Santa Fe")).findFirst().orElseThrow().getValue();
        assertThat(((org.locationtech.jts.geom.Polygon) santaFe.getGeometryN(0)).getNumInteriorRing()
                + (santaFe.getNumGeometries() > 1 ? 1 : 0)).isPositive();
    }

    static int points(Map<String, Geometry> shapes) {
        return shapes.values().stream().mapToInt(Geometry::getNumPoints).sum();
    }

    static Geometry union(Map<String, Geometry> shapes) {
        return org.locationtech.jts.operation.union.UnaryUnionOp.union(shapes.values());
    }

    @Test
    void theSocialAssetsMapIsAGeoJsonFeatureCollectionOfPoints() throws Exception {
        MockHttpServletResponse response = get("/api/v1/social-assets/map?jurisdiction=11001", "local.suba");
        assertThat(response.getContentType()).startsWith("application/geo+json");
        JsonNode fc = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode located = json.readTree(get("/api/v1/social-assets?jurisdiction=11001&located=true&size=500",
                "local.suba").getContentAsString(StandardCharsets.UTF_8));
        assertThat(fc.get("features")).hasSize(located.get("total").asInt()).isNotEmpty();
        JsonNode asset = located.get("items").get(0);
        JsonNode feature = null;
        for (JsonNode f : fc.get("features")) {
            if (f.at("/properties/id").asLong() == asset.get("id").asLong()) {
                feature = f;
            }
        }
        assertThat(feature).isNotNull();
        assertThat(feature.get("type").asText()).isEqualTo("Feature");
        assertThat(feature.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(feature.at("/geometry/coordinates/0").asDouble()).as("longitude first")
                .isEqualTo(asset.get("longitude").asDouble());
        assertThat(feature.at("/geometry/coordinates/1").asDouble()).isEqualTo(asset.get("latitude").asDouble());
        assertThat(feature.at("/properties/name").asText()).isEqualTo(asset.get("name").asText());
        // a GIS reads it as GeoJSON: every feature parses as a JTS point
        GeoJsonReader reader = new GeoJsonReader();
        for (JsonNode f : fc.get("features")) {
            assertThat(reader.read(f.get("geometry").toString()).getGeometryType()).isEqualTo("Point");
        }
    }
}
