package org.minga.territory.internal.geometry;

import java.util.List;

import org.minga.territory.internal.geometry.GeometryExport.FeatureRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The shapes of a GeoJSON export: those of one jurisdiction under a path prefix, optionally of one level and without
 * the parent itself, by name.
 */
@Component
class GeometryExportReadModel {

    private static final String WHERE = """
            where g.jurisdiction_id = :j and t.path like :prefix
              and (cast(:level as varchar) is null or l.code = :level)
              and (cast(:parent as bigint) is null or t.id <> :parent)""";

    private final JdbcClient jdbc;

    GeometryExportReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(long jurisdictionId, String prefix, String levelCode, Long parentId) {
        return jdbc.sql("""
                select count(*) from territory_geometry g join territory t on t.id = g.territory_id
                join territory_level l on l.id = t.level_id
                """ + WHERE)
                .param("j", jurisdictionId).param("prefix", prefix).param("level", levelCode).param("parent", parentId)
                .query(Long.class).single();
    }

    List<FeatureRow> rows(long jurisdictionId, String prefix, String levelCode, Long parentId) {
        return jdbc.sql("""
                select t.id, t.code, t.name, l.code as level, l.name as level_name, t.parent_id, t.path, g.geojson,
                  g.attribution
                from territory_geometry g join territory t on t.id = g.territory_id
                join territory_level l on l.id = t.level_id
                """ + WHERE + " order by t.name, t.id")
                .param("j", jurisdictionId).param("prefix", prefix).param("level", levelCode).param("parent", parentId)
                .query((rs, i) -> new FeatureRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("level"), rs.getString("level_name"), (Long) rs.getObject("parent_id"),
                        rs.getString("path"), rs.getString("geojson"), rs.getString("attribution")))
                .list();
    }
}
