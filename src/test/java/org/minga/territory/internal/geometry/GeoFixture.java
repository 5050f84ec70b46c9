package org.minga.territory.internal.geometry;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import org.minga.platform.TextKeys;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test jurisdictions with levels and territories written with SQL (the demo territories are the lead's). */
final class GeoFixture {

    record Node(long id, String path) {
    }

    private GeoFixture() {
    }

    /** The jurisdiction's id, creating it when absent. */
    static long jurisdiction(JdbcClient jdbc, String code, String name) {
        return jdbc.sql("select id from jurisdiction where code = :c").param("c", code).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        insert into jurisdiction (code, name, country, time_zone)
                        values (:c, :n, 'CO', 'America/Bogota') returning id""")
                        .param("c", code).param("n", name).query(Long.class).single());
    }

    static long level(JdbcClient jdbc, long jurisdictionId, String code, String name, int rank) {
        return jdbc.sql("select id from territory_level where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        insert into territory_level (jurisdiction_id, code, name, rank)
                        values (:j, :c, :n, :r) returning id""")
                        .param("j", jurisdictionId).param("c", code).param("n", name).param("r", rank)
                        .query(Long.class).single());
    }

    static Node territory(JdbcClient jdbc, long jurisdictionId, long levelId, Node parent, String code, String name) {
        return jdbc.sql("select id, path from territory where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code)
                .query((rs, i) -> new Node(rs.getLong(1), rs.getString(2))).optional()
                .orElseGet(() -> {
                    long id = jdbc.sql("""
                            insert into territory (jurisdiction_id, level_id, parent_id, code, name, name_key,
                              area_type, path, depth)
                            values (:j, :l, :p, :c, :n, :k, 'URBAN', '/', :d) returning id""")
                            .param("j", jurisdictionId).param("l", levelId)
                            .param("p", parent == null ? null : parent.id()).param("c", code).param("n", name)
                            .param("k", TextKeys.key(name))
                            .param("d", parent == null ? 0 : parent.path().split("/").length - 1)
                            .query(Long.class).single();
                    String path = (parent == null ? "/" : parent.path()) + id + "/";
                    jdbc.sql("update territory set path = :p where id = :id").param("p", path).param("id", id).update();
                    return new Node(id, path);
                });
    }

    /** A district (root, code "00") with the 20 localidades of the Bogotá file, by code. */
    static Map<String, Node> bogotaTree(JdbcClient jdbc, long jurisdictionId, JsonNode features) {
        long district = level(jdbc, jurisdictionId, "distrito", "Distrito", 0);
        long localidad = level(jdbc, jurisdictionId, "localidad", "Localidad", 1);
        level(jdbc, jurisdictionId, "upz", "UPZ", 2);
        Map<String, Node> nodes = new LinkedHashMap<>();
        Node root = territory(jdbc, jurisdictionId, district, null, "00", "Distrito de prueba");
        nodes.put("00", root);
        for (JsonNode f : features) {
            String code = f.path("properties").path("code").asText();
            nodes.put(code, territory(jdbc, jurisdictionId, localidad, root, code,
                    f.path("properties").path("name").asText()));
        }
        return nodes;
    }
}
