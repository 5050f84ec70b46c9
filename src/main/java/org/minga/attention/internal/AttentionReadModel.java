package org.minga.attention.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.attention.Setting;
import org.minga.attention.internal.AttentionService.AttentionView;
import org.minga.attention.internal.AttentionService.Count;
import org.minga.attention.internal.domain.AttentionMode;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.territory.TerritorySql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hand-written SQL that shows attentions: one, a page of a filter, counts by setting, territory and month. */
@Component
record AttentionReadModel(JdbcClient jdbc) {

    private static final String SELECT = """
            select a.*, t.name as territory_name from attention a join territory t on t.id = a.territory_id""";

    Optional<AttentionView> byId(long id) {
        List<Long> participants = jdbc
                .sql("select person_id from attention_participant where attention_id = :a order by person_id")
                .param("a", id).query(Long.class).list();
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query((rs, n) -> view(rs, participants))
                .optional();
    }

    /** What a list or a count is limited to, already checked: the user's scope, a setting, a subtree, dates. */
    record Criteria(String scopePattern, Long jurisdictionId, Setting setting, String territoryPath, LocalDate from,
            LocalDate to) {
    }

    /** The conditions of {@code c} as SQL (on {@code attention a}), their parameters put in {@code params}. */
    private static String where(Criteria c, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where a.territory_path like :scope");
        params.put("scope", c.scopePattern());
        if (c.jurisdictionId() != null) {
            w.append(" and a.jurisdiction_id = :j");
            params.put("j", c.jurisdictionId());
        }
        if (c.setting() != null) {
            w.append(" and a.setting = :s");
            params.put("s", c.setting().name());
        }
        if (c.territoryPath() != null) {
            w.append(" and a.territory_path like :tp");
            params.put("tp", c.territoryPath() + "%");
        }
        if (c.from() != null) {
            w.append(" and a.attended_on >= :from");
            params.put("from", c.from());
        }
        if (c.to() != null) {
            w.append(" and a.attended_on <= :to");
            params.put("to", c.to());
        }
        return w.toString();
    }

    /** A page of the attentions matching the criteria, latest first. */
    PageResult<AttentionView> list(Criteria c, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(c, params);
        long total = jdbc.sql("select count(*) from attention a" + where).params(params).query(Long.class).single();
        List<AttentionView> items = jdbc
                .sql(SELECT + where + " order by a.attended_on desc, a.id desc limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset())
                .query((rs, n) -> view(rs, List.of())).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * Counts grouped by setting, by the territory at {@code level} (an ancestor of the attention's territory, e.g.
     * localidad) and by month. Territories are matched by path prefix, so a count stays bounded by the number of
     * groups.
     */
    List<Count> counts(Criteria c, String level) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(c, params);
        String territoryExpr = "t.name";
        String join = " join territory t on t.id = a.territory_id";
        if (level != null && !level.isBlank()) {
            join = TerritorySql.ancestorAtLevel("a", "t");
            params.put("level", level);
            territoryExpr = "coalesce(t.name, '(otro nivel)')";
        }
        return jdbc.sql("select a.setting, " + territoryExpr
                + " as territory, to_char(a.attended_on, 'YYYY-MM') as month, "
                + "count(*) as n, sum(a.participant_count) as p from attention a" + join + where
                + " group by 1, 2, 3 order by 3 desc, 1, 2 limit 5000")
                .params(params)
                .query((rs, n) -> new Count(Setting.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getLong(5)))
                .list();
    }

    private static AttentionView view(ResultSet rs, List<Long> participants) throws SQLException {
        return new AttentionView(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                Setting.valueOf(rs.getString("setting")),
                AttentionMode.valueOf(rs.getString("mode")), rs.getObject("attended_on", LocalDate.class),
                rs.getLong("territory_id"), rs.getString("territory_name"), (Long) rs.getObject("field_team_id"),
                rs.getString("actor_name"), (Long) rs.getObject("service_id"), rs.getString("service_name"),
                rs.getInt("participant_count"), (Long) rs.getObject("person_id"), (Long) rs.getObject("household_id"),
                participants, rs.getString("notes"), rs.getString("created_by"), rs.getInt("version"));
    }
}
