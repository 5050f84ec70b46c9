package org.minga.territory.internal.grouping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryGroupView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Saved clusterings and their groups as people read them, within a scope: a clustering over a subtree is seen by
 * whoever reaches that subtree (one over the whole jurisdiction, by whoever reaches the whole jurisdiction).
 */
@Component
record TerritoryGroupReadModel(JdbcClient jdbc, ObjectMapper json) {

    private static final String CLUSTERING = """
            select c.*, j.code as jurisdiction_code from territory_clustering c
            join jurisdiction j on j.id = c.jurisdiction_id""";

    Optional<ClusteringView> clustering(long id, AccessScope scope) {
        return jdbc.sql(CLUSTERING + " where c.id = :id").param("id", id)
                .query((rs, n) -> visible(rs, scope) ? Optional.of(map(rs)) : Optional.<ClusteringView>empty())
                .optional().flatMap(c -> c).map(c -> withGroups(c, groups("g.clustering_id = :id", Map.of("id", id))));
    }

    /** The jurisdiction's clusterings in the scope, newest first, at most {@code limit}. */
    List<ClusteringSummary> list(long jurisdictionId, AccessScope scope, int limit) {
        return jdbc.sql(CLUSTERING + """
                 where c.jurisdiction_id = :j and c.scope_path like :prefix
                order by c.created_at desc, c.id desc limit :limit""")
                .param("j", jurisdictionId).param("prefix", scope.likePattern()).param("limit", limit)
                .query((rs, n) -> new ClusteringSummary(rs.getLong("id"), rs.getString("jurisdiction_code"),
                        rs.getString("name"), rs.getString("level_name"), rs.getInt("year"),
                        rs.getInt("group_count"), rs.getString("created_by"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Every group of the jurisdiction's clusterings in the scope, newest clustering first. */
    List<TerritoryGroupView> groupsOf(long jurisdictionId, AccessScope scope) {
        if (!scope.includesJurisdiction(jurisdictionId)) {
            return List.of();
        }
        return groups("g.jurisdiction_id = :j and c.scope_path like :prefix",
                Map.of("j", jurisdictionId, "prefix", scope.likePattern()));
    }

    Optional<TerritoryGroupView> group(long id, AccessScope scope) {
        boolean seen = jdbc.sql("""
                select c.jurisdiction_id, c.scope_path from territory_group g
                join territory_clustering c on c.id = g.clustering_id where g.id = :id""").param("id", id)
                .query((rs, n) -> visible(rs, scope)).optional().orElse(false);
        return seen ? groups("g.id = :id", Map.of("id", id)).stream().findFirst() : Optional.empty();
    }

    private static boolean visible(ResultSet rs, AccessScope scope) throws SQLException {
        return scope.includes(rs.getLong("jurisdiction_id"), rs.getString("scope_path"));
    }

    private List<TerritoryGroupView> groups(String where, Map<String, ?> params) {
        Map<Long, List<TerritoryGroupView.Member>> members = new LinkedHashMap<>();
        jdbc.sql("""
                select m.group_id, t.id, t.code, t.name from territory_group_member m
                join territory_group g on g.id = m.group_id join territory_clustering c on c.id = g.clustering_id
                join territory t on t.id = m.territory_id""" + " where " + where + " order by t.code, t.id")
                .params(params).query(rs -> {
                    members.computeIfAbsent(rs.getLong("group_id"), k -> new ArrayList<>()).add(
                            new TerritoryGroupView.Member(rs.getLong("id"), rs.getString("code"),
                                    rs.getString("name")));
                });
        return jdbc.sql("""
                select g.*, c.name as clustering_name, c.method, c.level_code, c.year from territory_group g
                join territory_clustering c on c.id = g.clustering_id""" + " where " + where
                + " order by c.created_at desc, c.id desc, g.number").params(params)
                .query((rs, n) -> new TerritoryGroupView(rs.getLong("id"), rs.getLong("clustering_id"),
                        rs.getString("clustering_name"), rs.getLong("jurisdiction_id"), rs.getInt("number"),
                        rs.getString("name"), rs.getString("profile"), rs.getString("method"),
                        rs.getString("level_code"), rs.getInt("year"),
                        read(rs.getString("centroid"), new TypeReference<Map<String, BigDecimal>>() {
                        }), members.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private ClusteringView map(ResultSet rs) throws SQLException {
        return new ClusteringView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("jurisdiction_code"),
                rs.getString("name"), rs.getString("level_code"), rs.getString("level_name"), rs.getInt("year"),
                rs.getInt("group_count"), rs.getString("method"), rs.getLong("seed"),
                read(rs.getString("variables"), new TypeReference<List<ClusteringView.VariableRef>>() {
                }), read(rs.getString("notes"), new TypeReference<List<String>>() {
                }), read(rs.getString("unassigned"), new TypeReference<List<ClusteringView.Unassigned>>() {
                }), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                List.of());
    }

    private static ClusteringView withGroups(ClusteringView c, List<TerritoryGroupView> groups) {
        return new ClusteringView(c.id(), c.jurisdictionId(), c.jurisdictionCode(), c.name(), c.levelCode(),
                c.levelName(), c.year(), c.groupCount(), c.method(), c.seed(), c.variables(), c.notes(),
                c.unassigned(), c.createdBy(), c.createdAt(), groups);
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
