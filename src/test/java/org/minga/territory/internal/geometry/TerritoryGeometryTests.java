package org.minga.territory.internal.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.minga.MingaTest;
import org.minga.platform.CurrentUser;
import org.minga.platform.ImportError;
import org.minga.platform.NewUser;
import org.minga.platform.Role;
import org.minga.platform.UserAccounts;
import org.minga.platform.ValidationException;
import org.minga.territory.GeometryImportResult;
import org.minga.territory.GeometryView;
import org.minga.territory.LocatedTerritory;
import org.minga.territory.ParsedGeometry;
import org.minga.territory.TerritoryGeometries;
import org.minga.territory.TerritoryLocator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@MingaTest
class TerritoryGeometryTests {

    static final String PASSWORD = "geometria-2026";
    static final CurrentUser ADMIN = new CurrentUser(0, "geo-test", "Prueba", Role.ADMINISTRATOR, null, null);

    @Autowired
    TerritoryGeometries geometries;
    @Autowired
    TerritoryLocator locator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts users;
    @Autowired
    MockMvc mvc;

    long bogota;
    Map<String, GeoFixture.Node> tree;

    @BeforeEach
    void bogotaWithShapes() throws Exception {
        bogota = GeoFixture.jurisdiction(jdbc, "99101", "Bogotá de prueba");
        tree = GeoFixture.bogotaTree(jdbc, bogota, GeometryReaderTests.bogota().get("features"));
        long shapes = jdbc.sql("select count(*) from territory_geometry where jurisdiction_id = :j")
                .param("j", bogota).query(Long.class).single();
        if (shapes == 0) {
            GeometryImportResult r = geometries.importFeatureCollection(bogota, BogotaGeometryDemo.withAttribution(),
                    ADMIN);
            assertThat(r.errors()).isEmpty();
        }
        user("geo-admin", Role.ADMINISTRATOR, null, null);
        user("geo-kennedy", Role.LOCAL, bogota, tree.get("08").id());
    }

    void user(String username, Role role, Long jurisdiction, Long territory) {
        if (users.idOf(username).isEmpty()) {
            users.create(new NewUser(username, PASSWORD, "Usuario " + username, null, role, jurisdiction, territory));
        }
    }

    @Test
    void bogotaFileLoadsTwentyShapesAndSantaFeKeepsItsHole() throws Exception {
        GeometryImportResult again = geometries.importFeatureCollection(bogota, BogotaGeometryDemo.withAttribution(),
                ADMIN);
        assertThat(again.errors()).isEmpty();
        assertThat(again.loaded()).isEqualTo(20);
        assertThat(jdbc.sql("""
                select count(*) from territory_geometry g join territory t on t.id = g.territory_id
                join territory_level l on l.id = t.level_id where g.jurisdiction_id = :j and l.code = 'localidad'""")
                .param("j", bogota).query(Long.class).single()).isEqualTo(20);

        long santaFe = tree.get("03").id();
        String stored = jdbc.sql("select geojson from territory_geometry where territory_id = :id")
                .param("id", santaFe).query(String.class).single();
        Geometry shape = new GeoJsonReader().read(stored);
        assertThat(((Polygon) shape).getNumInteriorRing()).isEqualTo(1);

        GeometryView view = geometries.summaryOf(santaFe).orElseThrow();
        // Santa Fe is about 45 km² (the hole, La Candelaria, about 2 km², is not counted)
        assertThat(view.areaKm2()).isBetween(35.0, 55.0);
        assertThat(view.minLon()).isLessThan(view.maxLon());
        assertThat(view.updatedBy()).isEqualTo("geo-test");
    }

    @Test
    void aPointInLaCandelariaIsInLaCandelariaNotSantaFe() {
        LocatedTerritory t = locator.locate(4.5970, -74.0720, bogota, ADMIN).orElseThrow();
        assertThat(t.code()).isEqualTo("17");
        assertThat(t.name()).isEqualTo("La Candelaria");
        assertThat(t.level()).isEqualTo("localidad");
        assertThat(t.ancestors()).extracting(LocatedTerritory.TerritoryRef::code).containsExactly("00");
    }

    @Test
    void aPointInSubaIsInSubaAndOneOutsideBogotaIsNowhere() {
        assertThat(locator.locate(4.7450, -74.0850, bogota, ADMIN)).get()
                .extracting(LocatedTerritory::name).isEqualTo("Suba");
        assertThat(locator.locate(4.9000, -74.1000, bogota, ADMIN)).isEmpty();
        assertThat(locator.locate(6.2442, -75.5812, null, ADMIN)).isEmpty();
        assertThatThrownBy(() -> locator.locate(95, -74, bogota, ADMIN)).isInstanceOf(ValidationException.class);
    }

    @Test
    void locateApiAnswersTheTerritoryWithItsAncestors() throws Exception {
        mvc.perform(get("/api/v1/territories/locate").param("lat", "4.5970").param("lon", "-74.0720")
                .param("jurisdiction", "99101").with(httpBasic("geo-admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("La Candelaria"))
                .andExpect(jsonPath("$.level").value("localidad"))
                .andExpect(jsonPath("$.ancestors[0].code").value("00"))
                .andExpect(jsonPath("$.ancestors[0].level").value("distrito"));
        mvc.perform(get("/api/v1/territories/locate").param("lat", "4.9").param("lon", "-74.1")
                .param("jurisdiction", "99101").with(httpBasic("geo-admin", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/territories/locate").param("lat", "95")
                .with(httpBasic("geo-admin", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lat"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("fuera del rango")))
                .andExpect(jsonPath("$.errors[1].field").value("lon"));
    }

    @Test
    void aKennedyUserDoesNotLearnWhichTerritoryAPointInSubaIsIn() throws Exception {
        mvc.perform(get("/api/v1/territories/locate").param("lat", "4.7450").param("lon", "-74.0850")
                .with(httpBasic("geo-kennedy", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/territories/locate").param("lat", "4.6300").param("lon", "-74.1500")
                .with(httpBasic("geo-kennedy", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Kennedy"));
        mvc.perform(get("/api/v1/territories/" + tree.get("11").id() + "/geometry")
                .with(httpBasic("geo-kennedy", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void brokenShapesGiveOneClearErrorEachAndStoreNothing() {
        long revision = revision();
        String before = storedShape("01");
        String file = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"code":"01"},"geometry":{"type":"Polygon",
                   "coordinates":[[[-74.1,4.6],[-74.0,4.6],[-74.0,4.7],[-74.1,4.7]]]}},
                 {"type":"Feature","properties":{"code":"02"},"geometry":{"type":"Polygon",
                   "coordinates":[[[-74.1,4.6],[-74.0,4.7],[-74.0,4.6],[-74.1,4.7],[-74.1,4.6]]]}},
                 {"type":"Feature","properties":{"codigo":"03"},"geometry":{"type":"Polygon",
                   "coordinates":[[[-74.1,4.6],[-74.0,95],[-74.0,4.7],[-74.1,4.6]]]}},
                 {"type":"Feature","properties":{"code":"04"},"geometry":{"type":"LineString",
                   "coordinates":[[-74.1,4.6],[-74.0,4.7]]}},
                 {"type":"Feature","properties":{"code":"05"},"geometry":{"type":"Polygon",
                   "coordinates":[[[-74.1,4.6],[-74.0,4.6],[-74.0,4.7],[-74.1,4.6]]]}}
                ]}""";
        GeometryImportResult r = geometries.importFeatureCollection(bogota, file, ADMIN);
        assertThat(r.loaded()).isZero();
        assertThat(r.errors()).containsExactly(
                new ImportError(1, "geometry", "El borde exterior no está cerrado: la primera posición (-74.1, 4.6) "
                        + "y la última (-74.1, 4.7) deben ser iguales."),
                new ImportError(2, "geometry", "El polígono se cruza a sí mismo cerca de (-74.05, 4.65)."),
                new ImportError(3, "geometry",
                        "La latitud 95 está fuera del rango [-90, 90] (el borde exterior, posición 2)"),
                new ImportError(4, "geometry",
                        "El tipo de geometría «LineString» no se admite: use Polygon o MultiPolygon."));
        assertThat(storedShape("01")).isEqualTo(before);
        assertThat(revision()).isEqualTo(revision);
    }

    @Test
    void unknownCodesAndFilesThatAreNotCollectionsAreReported() {
        GeometryImportResult r = geometries.importFeatureCollection(bogota, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"code":"77"},"geometry":{"type":"Polygon",
                   "coordinates":[[[-74.1,4.6],[-74.0,4.6],[-74.0,4.7],[-74.1,4.6]]]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"Polygon",
                   "coordinates":[[[-74.1,4.6],[-74.0,4.6],[-74.0,4.7],[-74.1,4.6]]]}}]}""", ADMIN);
        assertThat(r.errors()).containsExactly(
                new ImportError(1, "code", "No existe un territorio con código «77» en Bogotá de prueba."),
                new ImportError(2, "code", "La entidad no tiene la propiedad 'code' ni 'name' para saber a qué "
                        + "territorio corresponde."));
        assertThat(geometries.importFeatureCollection(bogota, "{\"type\":\"Polygon\"}", ADMIN).errors())
                .extracting(ImportError::message)
                .containsExactly("El archivo debe ser una FeatureCollection de GeoJSON, y es «Polygon».");
    }

    @Test
    void namesMatchIgnoringCaseAndAccentsAndAmbiguousNamesListTheCandidates() {
        long j = GeoFixture.jurisdiction(jdbc, "99102", "Municipio de nombres");
        long level = GeoFixture.level(jdbc, j, "barrio", "Barrio", 0);
        GeoFixture.Node bolivar = GeoFixture.territory(jdbc, j, level, null, "B1", "Ciudad Bolívar");
        GeoFixture.territory(jdbc, j, level, null, "B2", "San José");
        GeoFixture.territory(jdbc, j, level, null, "B3", "SAN JOSE");
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[10,10],[11,10],[11,11],[10,11],[10,10]]]}";

        GeometryImportResult ambiguous = geometries.importFeatureCollection(j, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"name":"CIUDAD BOLIVAR"},"geometry":%s},
                 {"type":"Feature","properties":{"nombre":"san jose"},"geometry":%s}]}""".formatted(square, square),
                ADMIN);
        assertThat(ambiguous.errors()).containsExactly(new ImportError(2, "nombre",
                "El nombre «san jose» corresponde a varios territorios: San José (Barrio, código B2), "
                        + "SAN JOSE (Barrio, código B3). Indique el código en la propiedad 'code'."));
        assertThat(geometries.summaryOf(bolivar.id())).isEmpty();

        GeometryImportResult ok = geometries.importFeatureCollection(j, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"name":"CIUDAD BOLIVAR"},"geometry":%s}]}""".formatted(square),
                ADMIN);
        assertThat(ok.errors()).isEmpty();
        assertThat(geometries.summaryOf(bolivar.id())).isPresent();
        assertThat(locator.locate(10.5, 10.5, j, ADMIN)).get().extracting(LocatedTerritory::name)
                .isEqualTo("Ciudad Bolívar");
    }

    @Test
    void aNewDeeperShapeIsFoundAtOnceThroughTheStoreApi() throws Exception {
        long upzLevel = GeoFixture.level(jdbc, bogota, "upz", "UPZ", 2);
        GeoFixture.Node upz = GeoFixture.territory(jdbc, bogota, upzLevel, tree.get("11"), "11-T", "UPZ de prueba");
        Geometry suba = new GeoJsonReader().read(storedShape("11"));
        Point inside = suba.getInteriorPoint();
        ParsedGeometry square = geometries.parse(String.format(java.util.Locale.ROOT,
                "POLYGON ((%1$f %2$f, %3$f %2$f, %3$f %4$f, %1$f %4$f, %1$f %2$f))",
                inside.getX() - 0.0005, inside.getY() - 0.0005, inside.getX() + 0.0005,
                inside.getY() + 0.0005));
        assertThat(square.error()).isNull();
        geometries.store(upz.id(), square.geometry(), ADMIN);

        LocatedTerritory t = locator.locate(inside.getY(), inside.getX(), bogota, ADMIN).orElseThrow();
        assertThat(t.name()).isEqualTo("UPZ de prueba");
        assertThat(t.ancestors()).extracting(LocatedTerritory.TerritoryRef::code).containsExactly("00", "11");
    }

    @Test
    void exportGivesGeoJsonOfTheLevelAndOfOneTerritory() throws Exception {
        String body = mvc.perform(get("/api/v1/territories/geometry").param("jurisdiction", "99101")
                .param("level", "localidad").param("simplify", "0.0005")
                .with(httpBasic("geo-admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andReturn().getResponse().getContentAsString();
        JsonNode collection = new ObjectMapper().readTree(body);
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(20);
        assertThat(collection.get("attribution").asText()).contains("IDECA");
        assertThat(collection.get("features").get(0).get("properties").get("parentId").asLong())
                .isEqualTo(tree.get("00").id());

        long santaFe = tree.get("03").id();
        mvc.perform(get("/api/v1/territories/" + santaFe + "/geometry").with(httpBasic("geo-admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("Feature"))
                .andExpect(jsonPath("$.properties.code").value("03"))
                .andExpect(jsonPath("$.properties.level").value("localidad"))
                .andExpect(jsonPath("$.geometry.coordinates.length()").value(2));
        mvc.perform(get("/api/v1/territories/" + tree.get("00").id() + "/geometry")
                .with(httpBasic("geo-admin", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("El territorio Distrito de prueba no tiene geometría."));
        mvc.perform(get("/api/v1/territories/geometry").param("jurisdiction", "99101").param("simplify", "5")
                .with(httpBasic("geo-admin", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("simplify"));
    }

    @Test
    void mapPageDrawsTheLevelNearestTheRootThatHasShapes() throws Exception {
        mvc.perform(get("/territories/map").param("jurisdiction", "99101").with(httpBasic("geo-admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mapa de territorios")))
                .andExpect(content().string(containsString("leaflet/1.9.4/dist/leaflet.js")))
                .andExpect(content().string(containsString(
                        "data-features=\"/api/v1/territories/geometry?jurisdiction=99101&amp;level=localidad")))
                .andExpect(content().string(containsString("aria-live=\"polite\"")))
                .andExpect(content().string(containsString("Localidad (20 formas)")));
    }

    long revision() {
        return jdbc.sql("select revision from geometry_revision where jurisdiction_id = :j").param("j", bogota)
                .query(Long.class).single();
    }

    String storedShape(String code) {
        return jdbc.sql("select geojson from territory_geometry where territory_id = :id")
                .param("id", tree.get(code).id()).query(String.class).single();
    }
}
