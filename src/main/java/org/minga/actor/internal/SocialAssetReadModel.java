package org.minga.actor.internal;

import org.minga.actor.AssetPoint;

import java.util.Collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.minga.actor.internal.SocialAssetService.AssetView;
import org.minga.actor.internal.domain.AssetKind;
import org.minga.actor.internal.domain.AssetNature;
import org.minga.platform.AccessScope;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hand-written SQL that shows social assets: one, a territory's, a search. */
@Component
record SocialAssetReadModel(JdbcClient jdbc) {

    private static final String SELECT = """
            select s.*, a.name as actor_name, t.code as territory_code, t.name as territory_name
            from social_asset s left join actor a on a.id = s.actor_id left join territory t on t.id = s.territory_id
            """;

    Optional<AssetView> byId(long id) {
        return jdbc.sql(SELECT + "where s.id = :id").param("id", id).query(SocialAssetReadModel::map).optional();
    }

    Optional<Long> idOf(long jurisdictionId, String code) {
        return jdbc.sql("select id from social_asset where jurisdiction_id = :j and lower(code) = lower(:c)")
                .param("j", jurisdictionId).param("c", code.strip()).query(Long.class).optional();
    }

    /**
     * Every asset of a jurisdiction in the user's scope, by name, in one query (no count, no pages): what an export
     * writes.
     */
    List<AssetView> all(long jurisdictionId, AccessScope scope) {
        String prefix = scope.narrowed() ? scope.likePattern() : null;
        return jdbc.sql(SELECT + """
                where s.jurisdiction_id = :j and (cast(:prefix as varchar) is null or s.territory_path like :prefix)
                order by s.name, s.id""").param("j", jurisdictionId).param("prefix", prefix)
                .query(SocialAssetReadModel::map).list();
    }

    /** Assets of a jurisdiction in a territory's subtree (or the user's scope), with a search. */
    PageResult<AssetView> list(long jurisdictionId, TerritoryView territory, AccessScope scope, String query,
            boolean onlyWithPoint, PageRequest page) {
        String prefix = territory != null ? territory.path() + "%" : scope.narrowed() ? scope.likePattern() : null;
        String where = """
                where s.jurisdiction_id = :j
                  and (cast(:prefix as varchar) is null or s.territory_path like :prefix)
                  and (cast(:q as varchar) is null or s.search_key like '%' || :q || '%')
                  and (not :point or s.latitude is not null)
                """;
        String q = ActorService.blankToNull(TextKeys.key(query));
        long total = jdbc.sql("select count(*) from social_asset s " + where).param("j", jurisdictionId)
                .param("prefix", prefix).param("q", q).param("point", onlyWithPoint).query(Long.class).single();
        List<AssetView> items = jdbc.sql(SELECT + where + " order by s.name, s.id limit :l offset :o")
                .param("j", jurisdictionId).param("prefix", prefix).param("q", q).param("point", onlyWithPoint)
                .param("l", page.size()).param("o", page.offset()).query(SocialAssetReadModel::map).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    static AssetView map(ResultSet rs, int n) throws SQLException {
        return new AssetView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getString("name"), AssetKind.valueOf(rs.getString("kind")),
                AssetNature.valueOf(rs.getString("nature")), rs.getString("description"),
                (Long) rs.getObject("actor_id"), rs.getString("actor_name"), (Long) rs.getObject("territory_id"),
                rs.getString("territory_code"), rs.getString("territory_name"), rs.getString("address"),
                (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                "ACTIVE".equals(rs.getString("status")), rs.getInt("version"));
    }

    /** See {@link org.minga.actor.Actors#locatedAssets}: the actors' assets first, then by name. */
    List<AssetPoint> located(long jurisdictionId, Collection<Long> actorIds, Collection<String> territoryPaths,
            int limit) {
        return jdbc.sql("""
                select s.id, s.code, s.name, s.actor_id, a.name as actor_name, t.name as territory_name,
                       s.latitude, s.longitude
                  from social_asset s left join actor a on a.id = s.actor_id
                  left join territory t on t.id = s.territory_id
                 where s.jurisdiction_id = :j and s.status = 'ACTIVE' and s.latitude is not null
                   and (s.actor_id = any(cast(:actors as bigint[]))
                        or exists (select 1 from unnest(cast(:paths as text[])) p(path)
                                    where s.territory_path like p.path || '%'))
                 order by (s.actor_id = any(cast(:actors as bigint[]))) desc nulls last, s.name, s.id
                 limit :n""")
                .param("j", jurisdictionId).param("actors", actorIds.toArray(Long[]::new))
                .param("paths", territoryPaths.toArray(String[]::new)).param("n", limit)
                .query((rs, n) -> new AssetPoint(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getObject("actor_id", Long.class), rs.getString("actor_name"),
                        rs.getString("territory_name"), rs.getDouble("latitude"), rs.getDouble("longitude")))
                .list();
    }

    /** See {@link org.minga.actor.Actors#assetPoints}. */
    List<AssetPoint> points(long jurisdictionId, Collection<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select s.id, s.code, s.name, s.actor_id, a.name as actor_name, t.name as territory_name,
                       s.latitude, s.longitude
                  from social_asset s left join actor a on a.id = s.actor_id
                  left join territory t on t.id = s.territory_id
                 where s.jurisdiction_id = :j and s.id = any(cast(:ids as bigint[])) and s.latitude is not null
                 order by s.name, s.id""").param("j", jurisdictionId).param("ids", assetIds.toArray(Long[]::new))
                .query((rs, n) -> new AssetPoint(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getObject("actor_id", Long.class), rs.getString("actor_name"),
                        rs.getString("territory_name"), rs.getDouble("latitude"), rs.getDouble("longitude")))
                .list();
    }
}
