package org.minga.household.internal.household;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.household.Households;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Households as lists and pages show them: the hand-written SQL with members and open alerts counted. */
@Component
@RequiredArgsConstructor
public class HouseholdReadModel {

    static final String SELECT = """
            select h.*, t.name as territory_name, ft.name as team_name,
              (select count(*) from person p where p.household_id = h.id and p.merged_into is null) as members,
              (select count(*) from alert a where a.household_id = h.id and a.status <> 'CERRADA') as open_alerts
            from household h join territory t on t.id = h.territory_id left join field_team ft on ft.id = h.field_team_id""";

    private final JdbcClient jdbc;
    private final ScopeQueries access;

    public HouseholdView household(long id) {
        return jdbc.sql(SELECT + " where h.id = :id").param("id", id).query(HouseholdReadModel::view)
                .optional().orElseThrow(() -> new NotFoundException("El hogar " + id + " no existe."));
    }

    /** A household the user reaches; the view is written to the access log. */
    @Transactional
    public HouseholdView viewHousehold(long id, CurrentUser user) {
        access.household(id, user);
        return household(id);
    }

    static HouseholdView view(ResultSet rs, int n) throws SQLException {
        return new HouseholdView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getLong("territory_id"), rs.getString("territory_name"), rs.getString("territory_path"),
                rs.getString("address"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                rs.getObject("estrato") == null ? null : rs.getInt("estrato"), rs.getString("sisben_group"),
                rs.getBoolean("priority"), (Long) rs.getObject("field_team_id"), rs.getString("team_name"),
                rs.getObject("next_visit_on", LocalDate.class), rs.getInt("members"), rs.getInt("open_alerts"),
                rs.getInt("version"));
    }

    public PageResult<HouseholdView> households(Long jurisdictionId, Boolean priority, String q, CurrentUser user,
            PageRequest page) {
        return households(jurisdictionId, null, priority, q, user, page);
    }

    /** Within a territory's subtree ({@code territoryPathPrefix}, e.g. the benchmark's browsing by localidad). */
    public PageResult<HouseholdView> households(Long jurisdictionId, String territoryPathPrefix, Boolean priority,
            String q,
            CurrentUser user, PageRequest page) {
        AccessScope scope = access.scope(user);
        StringBuilder where = new StringBuilder(" where h.territory_path like :scope");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", scope.likePattern());
        Long j = scope.jurisdictionId() != null ? scope.jurisdictionId() : jurisdictionId;
        if (j != null) {
            where.append(" and h.jurisdiction_id = :j");
            params.put("j", j);
        }
        if (territoryPathPrefix != null) {
            where.append(" and h.territory_path like :tp");
            params.put("tp", territoryPathPrefix + "%");
        }
        if (priority != null) {
            where.append(" and h.priority = :pr");
            params.put("pr", priority);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (h.code = :q or h.address ilike :ql)");
            params.put("q", q.strip());
            params.put("ql", "%" + q.strip() + "%");
        }
        long total = jdbc.sql("select count(*) from household h" + where).params(params).query(Long.class).single();
        List<HouseholdView> items = jdbc.sql(SELECT + where + " order by h.priority desc, h.code limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset()).query(HouseholdReadModel::view)
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Households of a jurisdiction in code order, for demo data and samples (no scope check). */
    public List<Households.HouseholdRef> householdsOf(long jurisdictionId, int limit) {
        return jdbc.sql(
                "select id, jurisdiction_id, code, territory_id, territory_path from household where jurisdiction_id = :j order by code limit :l")
                .param("j", jurisdictionId).param("l", limit)
                .query((rs, n) -> new Households.HouseholdRef(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5)))
                .list();
    }
}
