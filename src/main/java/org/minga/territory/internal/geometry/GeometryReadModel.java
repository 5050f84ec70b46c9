package org.minga.territory.internal.geometry;

import java.util.List;
import java.util.function.BiConsumer;

import org.minga.platform.AccessScope;

import org.minga.territory.internal.geometry.GeometryExport.FeatureRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shapes as the map and the GeoJSON export read them: those of one jurisdiction under a path prefix, optionally of one
 * level and without the parent itself, by name; the levels with their number of shapes in scope; every shape of a
 * jurisdiction for the {@link ShapeIndex}, and the territories the locator found.
 */
@Component
record GeometryReadModel(JdbcClient jdbc) {

    /** A territory where a point fell, with what the locator answers and where it lies in the tree. */
    record Node(long id, long jurisdictionId, String code, String name, String level, String levelName, String path,
            int depth) {
    }

    private static final String WHERE = """
            where g.jurisdiction_id = :j and t.path like :prefix
              and (cast(:level as varchar) is null or l.code = :level)
              and (cast(:parent as bigint) is null or t.id <> :parent)""";

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

    /** True when the jurisdiction has any shape. */
    boolean hasShapes(long jurisdictionId) {
        return jdbc.sql("select exists(select 1 from territory_geometry where jurisdiction_id = :j)")
                .param("j", jurisdictionId).query(Boolean.class).single();
    }

    /** Levels by rank, each with its number of shapes in scope; the first with shapes is the default. */
    List<MapPage.LevelOption> levels(long jurisdictionId, AccessScope scope) {
        return jdbc.sql("""
                select l.code, l.name, l.rank,
                       (select count(*) from territory t join territory_geometry g on g.territory_id = t.id
                        where t.jurisdiction_id = l.jurisdiction_id and t.level_id = l.id
                          and t.path like :prefix) as shapes
                from territory_level l where l.jurisdiction_id = :j
                order by l.rank, l.name""")
                .param("j", jurisdictionId).param("prefix", scope.likePattern())
                .query((rs, i) -> new MapPage.LevelOption(rs.getString("code"), rs.getString("name"), rs.getInt("rank"),
                        rs.getLong("shapes")))
                .list();
    }

    /** Hands each stored shape of the jurisdiction (territory id, GeoJSON text) to {@code shape}, row by row. */
    void eachShape(long jurisdictionId, BiConsumer<Long, String> shape) {
        jdbc.sql("select territory_id, geojson from territory_geometry where jurisdiction_id = :j")
                .param("j", jurisdictionId)
                .query(rs -> {
                    shape.accept(rs.getLong(1), rs.getString(2));
                });
    }

    List<Node> nodes(List<Long> ids) {
        return jdbc.sql("""
                select t.id, t.jurisdiction_id, t.code, t.name, l.code as level, l.name as level_name,
                       t.path, t.depth
                from territory t join territory_level l on l.id = t.level_id
                where t.id = any(:ids)""")
                .param("ids", ids.toArray(new Long[0]))
                .query((rs, i) -> new Node(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("level"), rs.getString("level_name"),
                        rs.getString("path"), rs.getInt("depth")))
                .list();
    }
}
