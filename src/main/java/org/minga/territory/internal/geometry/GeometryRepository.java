package org.minga.territory.internal.geometry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.minga.territory.GeometryView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code territory_geometry} and {@code geometry_revision}. */
@Repository
@RequiredArgsConstructor
class GeometryRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    /** The geometry object as GeoJSON text (no CRS member: RFC 7946 is always WGS84). */
    static String toGeoJson(Geometry g) {
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        return writer.write(g);
    }

    record Row(long territoryId, Geometry geometry) {
    }

    /** Inserts or replaces shapes of one jurisdiction, in one batch. */
    void upsert(long jurisdictionId, List<Row> rows, String attribution, String username) {
        template.batchUpdate("""
                insert into territory_geometry (territory_id, jurisdiction_id, geojson, min_lon, min_lat,
                  max_lon, max_lat, centroid_lat, centroid_lon, area_km2, attribution, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?)
                on conflict (territory_id) do update set jurisdiction_id = excluded.jurisdiction_id,
                  geojson = excluded.geojson, min_lon = excluded.min_lon, min_lat = excluded.min_lat,
                  max_lon = excluded.max_lon, max_lat = excluded.max_lat,
                  centroid_lat = excluded.centroid_lat, centroid_lon = excluded.centroid_lon,
                  area_km2 = excluded.area_km2, attribution = excluded.attribution,
                  updated_at = now(), updated_by = excluded.updated_by""",
                rows, 500, (ps, row) -> {
                    ShapeMetrics m = ShapeMetrics.of(row.geometry());
                    ps.setLong(1, row.territoryId());
                    ps.setLong(2, jurisdictionId);
                    ps.setString(3, toGeoJson(row.geometry()));
                    ps.setDouble(4, m.minLon());
                    ps.setDouble(5, m.minLat());
                    ps.setDouble(6, m.maxLon());
                    ps.setDouble(7, m.maxLat());
                    ps.setDouble(8, m.centroidLat());
                    ps.setDouble(9, m.centroidLon());
                    ps.setDouble(10, m.areaKm2());
                    ps.setString(11, attribution);
                    ps.setString(12, username);
                });
    }

    /** Bumps the jurisdiction's revision so every instance rebuilds its index of shapes. */
    long bumpRevision(long jurisdictionId) {
        return jdbc.sql("""
                insert into geometry_revision (jurisdiction_id, revision) values (:j, 1)
                on conflict (jurisdiction_id) do update
                  set revision = geometry_revision.revision + 1, updated_at = now()
                returning revision""")
                .param("j", jurisdictionId).query(Long.class).single();
    }

    long revision(long jurisdictionId) {
        return jdbc.sql("select revision from geometry_revision where jurisdiction_id = :j")
                .param("j", jurisdictionId).query(Long.class).optional().orElse(0L);
    }

    /** Jurisdictions that have (or had) shapes. */
    List<Long> jurisdictionsWithShapes() {
        return jdbc.sql("select jurisdiction_id from geometry_revision order by jurisdiction_id")
                .query(Long.class).list();
    }

    Optional<GeometryView> summary(long territoryId) {
        return jdbc.sql("select * from territory_geometry where territory_id = :id").param("id", territoryId)
                .query(GeometryRepository::view).optional();
    }

    Optional<String> geoJson(long territoryId) {
        return jdbc.sql("select geojson from territory_geometry where territory_id = :id").param("id", territoryId)
                .query(String.class).optional();
    }

    Optional<String> attribution(long territoryId) {
        return jdbc
                .sql("select attribution from territory_geometry where territory_id = :id and attribution is not null")
                .param("id", territoryId).query(String.class).optional();
    }

    static GeometryView view(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("updated_at");
        return new GeometryView(rs.getLong("territory_id"), rs.getLong("jurisdiction_id"), rs.getDouble("min_lon"),
                rs.getDouble("min_lat"), rs.getDouble("max_lon"), rs.getDouble("max_lat"),
                rs.getDouble("centroid_lat"), rs.getDouble("centroid_lon"), rs.getDouble("area_km2"),
                at == null ? null : at.toInstant(), rs.getString("updated_by"));
    }
}
