package org.minga.territory.internal.grouping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Saves a clustering once with its groups and their territories: a clustering is evidence and never changes. */
@Component
record TerritoryClusteringRepository(JdbcClient jdbc, ObjectMapper json) {

    /** Stores the clustering, its groups in number order and their members; returns the clustering's id. */
    long save(TerritoryClustering c, CurrentUser user) {
        List<Map<String, Object>> unassigned = c.result().unassigned().stream().map(u -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", u.territory().territoryId());
            m.put("code", u.territory().code());
            m.put("name", u.territory().name());
            m.put("missing", u.missing());
            return m;
        }).toList();
        long id = jdbc.sql("""
                insert into territory_clustering (jurisdiction_id, name, level_code, level_name, year, group_count,
                  method, seed, scope_path, variables, notes, unassigned, created_by)
                values (:j, :name, :lc, :ln, :y, :k, :method, :seed, :sp, cast(:vars as jsonb), cast(:notes as jsonb),
                  cast(:un as jsonb), :by)
                returning id""")
                .param("j", c.jurisdiction().id()).param("name", c.name()).param("lc", c.levelCode())
                .param("ln", c.levelName()).param("y", c.year()).param("k", c.groupCount())
                .param("method", ClusteringEngine.METHOD).param("seed", ClusteringEngine.SEED)
                .param("sp", c.scope().subtreePath()).param("vars", write(c.variables()))
                .param("notes", write(c.result().notes())).param("un", write(unassigned))
                .param("by", user.username()).query(Long.class).single();
        for (ClusteringEngine.Group g : c.result().groups()) {
            long groupId = jdbc.sql("""
                    insert into territory_group (clustering_id, jurisdiction_id, number, name, profile, centroid)
                    values (:c, :j, :n, :name, :profile, cast(:centroid as jsonb)) returning id""")
                    .param("c", id).param("j", c.jurisdiction().id()).param("n", g.number())
                    .param("name", c.groupName(g)).param("profile", c.profile(g))
                    .param("centroid", write(g.centroid())).query(Long.class).single();
            for (ClusteringEngine.Candidate m : g.members()) {
                jdbc.sql("""
                        insert into territory_group_member (group_id, clustering_id, territory_id)
                        values (:g, :c, :t)""").param("g", groupId).param("c", id).param("t", m.territoryId())
                        .update();
            }
        }
        return id;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
