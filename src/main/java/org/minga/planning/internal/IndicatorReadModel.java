package org.minga.planning.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.planning.IndicatorDirection;
import org.minga.planning.internal.domain.Periodicity;
import org.minga.platform.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Indicators, their targets and their entered measurements, as the pages, the API and the reports read them. */
@Component
public record IndicatorReadModel(JdbcClient jdbc) {

    public record IndicatorView(long id, long jurisdictionId, String code, Long planNodeId, String name,
            String definition, String formula, String unit, IndicatorDirection direction, Periodicity periodicity,
            String source, String computedKey, boolean byTerritory, Double baselineValue, LocalDate baselineOn,
            boolean demo, int version) {

        public boolean computed() {
            return computedKey != null;
        }
    }

    public record ValueView(long id, String period, LocalDate periodStart, LocalDate periodEnd, long territoryId,
            String territoryCode, String territoryName, double value, String note, int version) {
    }

    List<IndicatorView> indicators(AccessScope scope, Long planId) {
        return jdbc.sql("""
                select i.* from indicator i left join plan_node n on n.id = i.plan_node_id
                 where (:all or i.jurisdiction_id = :j) and (cast(:plan as bigint) is null or n.plan_id = :plan)
                 order by i.name, i.id""")
                .param("all", scope.allJurisdictions())
                .param("j", scope.jurisdictionId() == null ? 0 : scope.jurisdictionId()).param("plan", planId)
                .query(IndicatorReadModel::indicator).list();
    }

    Optional<IndicatorView> indicator(long id) {
        return jdbc.sql("select * from indicator where id = :id").param("id", id)
                .query(IndicatorReadModel::indicator).optional();
    }

    boolean codeTaken(long jurisdictionId, String code) {
        return jdbc.sql("select count(*) from indicator where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code).query(Long.class).single() > 0;
    }

    Map<String, Double> targets(long indicatorId) {
        Map<String, Double> out = new LinkedHashMap<>();
        jdbc.sql("select period, value from indicator_target where indicator_id = :i order by period")
                .param("i", indicatorId).query((rs, n) -> out.put(rs.getString(1), rs.getDouble(2))).list();
        return out;
    }

    /** The entered measurements within the territories a LIKE pattern on their path selects, by period. */
    List<ValueView> values(long indicatorId, String pathPattern) {
        return jdbc
                .sql("""
                        select v.*, t.code as tcode, t.name as tname from indicator_value v join territory t on t.id = v.territory_id
                         where v.indicator_id = :i and v.territory_path like :prefix order by v.period_start, t.name""")
                .param("i", indicatorId).param("prefix", pathPattern)
                .query((rs, n) -> new ValueView(rs.getLong("id"), rs.getString("period"),
                        rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
                        rs.getLong("territory_id"), rs.getString("tcode"), rs.getString("tname"),
                        rs.getDouble("value"), rs.getString("note"), rs.getInt("version")))
                .list();
    }

    private static IndicatorView indicator(ResultSet rs, int n) throws SQLException {
        java.sql.Date bo = rs.getDate("baseline_on");
        BigDecimal bv = rs.getBigDecimal("baseline_value");
        return new IndicatorView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                (Long) rs.getObject("plan_node_id"), rs.getString("name"), rs.getString("definition"),
                rs.getString("formula"), rs.getString("unit"), IndicatorDirection.valueOf(rs.getString("direction")),
                Periodicity.valueOf(rs.getString("periodicity")), rs.getString("source"),
                rs.getString("computed_key"), rs.getBoolean("by_territory"), bv == null ? null : bv.doubleValue(),
                bo == null ? null : bo.toLocalDate(), rs.getBoolean("demo"), rs.getInt("version"));
    }
}
