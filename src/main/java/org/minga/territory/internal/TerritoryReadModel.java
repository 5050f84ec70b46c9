package org.minga.territory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.platform.TerritoryLookup;
import org.minga.platform.TextKeys;
import org.minga.territory.AreaType;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** SQL read model of the territorial trees. */
@Service
public record TerritoryReadModel(JdbcClient jdbc, AccessPolicy policy) implements Territories, TerritoryLookup {

    public static final String SELECT = """
            select t.id, t.jurisdiction_id, t.code, t.name, l.code as level_code, l.name as level_name,
                   l.rank as level_rank, t.parent_id, t.path, t.depth, t.area_type, t.population, t.version
            from territory t join territory_level l on l.id = t.level_id
            """;

    @Override
    public AccessScope scopeOf(CurrentUser user) {
        return scopeOf(user, Capability.READ_TERRITORIAL_INFO);
    }

    @Override
    public AccessScope scopeOf(CurrentUser user, Capability capability) {
        return policy.scope(user, capability);
    }

    @Override
    public Optional<TerritoryView> byId(long id) {
        return jdbc.sql(SELECT + "where t.id = :id").param("id", id).query(TerritoryReadModel::map).optional();
    }

    @Override
    public TerritoryView requireVisible(long id, CurrentUser user) {
        AccessScope scope = scopeOf(user);
        return byId(id).filter(t -> scope.includes(t.jurisdictionId(), t.path()))
                .orElseThrow(() -> new NotFoundException("No existe el territorio " + id + " en su alcance."));
    }

    @Override
    public Optional<TerritoryView> byCode(long jurisdictionId, String code) {
        Optional<TerritoryView> byCode = jdbc.sql(SELECT + "where t.jurisdiction_id = :j and t.code = :c")
                .param("j", jurisdictionId).param("c", code == null ? null : code.trim())
                .query(TerritoryReadModel::map).optional();
        if (byCode.isPresent() || code == null || code.isBlank()) {
            return byCode;
        }
        // a form may name the territory ("Suba" for 11): taken when one territory has that name, or when the others
        // with it lie inside it (UPZ Suba in localidad Suba); two unrelated ones ("Centro") are ambiguous
        List<TerritoryView> named = byName(jurisdictionId, code);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        TerritoryView top = named.get(0);
        return named.stream().allMatch(t -> t.path().startsWith(top.path())) ? Optional.of(top) : Optional.empty();
    }

    @Override
    public List<TerritoryView> byName(long jurisdictionId, String name) {
        return jdbc.sql(SELECT + "where t.jurisdiction_id = :j and t.name_key = :k order by l.rank, t.id")
                .param("j", jurisdictionId).param("k", TextKeys.key(name)).query(TerritoryReadModel::map).list();
    }

    @Override
    public List<TerritoryView> ofLevel(long jurisdictionId, String levelCode, AccessScope scope) {
        return jdbc.sql(SELECT + """
                where t.jurisdiction_id = :j and l.code = :level and t.path like :prefix
                order by t.name""")
                .param("j", jurisdictionId).param("level", levelCode).param("prefix", scope.likePattern())
                .query(TerritoryReadModel::map).list();
    }

    @Override
    public Optional<Long> jurisdictionOf(long territoryId) {
        return jdbc.sql("select jurisdiction_id from territory where id = :id").param("id", territoryId)
                .query(Long.class).optional();
    }

    @Override
    public Optional<String> pathOf(long territoryId) {
        return jdbc.sql("select path from territory where id = :id").param("id", territoryId).query(String.class)
                .optional();
    }

    @Override
    public Optional<String> codeOf(long territoryId) {
        return jdbc.sql("select code from territory where id = :id").param("id", territoryId).query(String.class)
                .optional();
    }

    @Override
    public Optional<Long> idByCode(long jurisdictionId, String code) {
        return byCode(jurisdictionId, code).map(TerritoryView::id);
    }

    @Override
    public Optional<String> describe(long territoryId) {
        return byId(territoryId).map(TerritoryView::label);
    }

    public static TerritoryView map(ResultSet rs, int n) throws SQLException {
        return new TerritoryView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getString("name"), rs.getString("level_code"), rs.getString("level_name"),
                rs.getInt("level_rank"), (Long) rs.getObject("parent_id"), rs.getString("path"),
                rs.getInt("depth"), AreaType.valueOf(rs.getString("area_type")),
                (Integer) rs.getObject("population"), rs.getInt("version"));
    }
}
