package org.minga.planning.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The resources of a plan's actions rolled up action, goal and plan, each per funding source, per entity and per
 * entity's investment line: one query with grouping sets over the resource lines, so every level is the direct
 * sum of the lines under it (never a sum of rounded figures).
 */
@Component
public record BudgetFiguresReadModel(JdbcClient jdbc) {

    /** Planned, committed and executed amounts, exact decimals in the plan's currency. */
    public record Amounts(BigDecimal planned, BigDecimal committed, BigDecimal executed) {

        static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        /** Executed over planned, in percent with one decimal; null when nothing is planned. */
        public Double executionPercent() {
            if (planned.signum() == 0) {
                return null;
            }
            return executed.multiply(BigDecimal.valueOf(1000)).divide(planned, 0, java.math.RoundingMode.HALF_UP)
                    .doubleValue() / 10.0;
        }
    }

    /** One level's figures: the total and its split per source, per entity and per "entity · investment line". */
    public record Breakdown(Amounts total, Map<String, Amounts> bySource, Map<String, Amounts> byEntity,
            Map<String, Amounts> byEntityLine) {

        static Breakdown empty() {
            return new Breakdown(Amounts.ZERO, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        }
    }

    /** A plan's figures: the whole plan, each goal (by plan-node id) and each action (by id). */
    public record Rollup(Breakdown plan, Map<Long, Breakdown> goals, Map<Long, Breakdown> actions) {

        public Breakdown goal(long id) {
            return goals.getOrDefault(id, Breakdown.empty());
        }

        public Breakdown action(long id) {
            return actions.getOrDefault(id, Breakdown.empty());
        }
    }

    public Rollup rollup(long planId) {
        Breakdown[] plan = {Breakdown.empty()};
        Map<Long, Breakdown> goals = new LinkedHashMap<>();
        Map<Long, Breakdown> actions = new LinkedHashMap<>();
        jdbc.sql("""
                select a.id, a.goal_id, s.code, r.entity, r.investment_line,
                       grouping(a.id) as g_action, grouping(a.goal_id) as g_goal, grouping(s.code) as g_source,
                       grouping(r.entity) as g_entity, grouping(r.investment_line) as g_line,
                       coalesce(sum(r.planned), 0), coalesce(sum(r.committed), 0), coalesce(sum(r.executed), 0)
                from plan_action_resource r
                join plan_action a on a.id = r.plan_action_id
                join action_plan p on p.id = a.action_plan_id
                join funding_source s on s.id = r.funding_source_id
                where p.plan_id = :plan
                group by grouping sets ((a.id), (a.id, s.code), (a.id, r.entity), (a.id, r.entity, r.investment_line),
                    (a.goal_id), (a.goal_id, s.code), (a.goal_id, r.entity), (a.goal_id, r.entity, r.investment_line),
                    (), (s.code), (r.entity), (r.entity, r.investment_line))
                order by 3 nulls first, 4 nulls first, 5 nulls first""").param("plan", planId).query(rs -> {
            Amounts amounts = new Amounts(rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13));
            Breakdown b;
            if (rs.getInt("g_action") == 0) {
                b = actions.computeIfAbsent(rs.getLong(1), k -> Breakdown.empty());
            } else if (rs.getInt("g_goal") == 0) {
                b = goals.computeIfAbsent(rs.getLong(2), k -> Breakdown.empty());
            } else {
                b = plan[0];
            }
            if (rs.getInt("g_source") == 0) {
                b.bySource().put(rs.getString(3), amounts);
            } else if (rs.getInt("g_line") == 0) {
                b.byEntityLine().put(rs.getString(4) + " · " + rs.getString(5), amounts);
            } else if (rs.getInt("g_entity") == 0) {
                b.byEntity().put(rs.getString(4), amounts);
            } else {
                Breakdown whole = new Breakdown(amounts, b.bySource(), b.byEntity(), b.byEntityLine());
                if (rs.getInt("g_action") == 0) {
                    actions.put(rs.getLong(1), whole);
                } else if (rs.getInt("g_goal") == 0) {
                    goals.put(rs.getLong(2), whole);
                } else {
                    plan[0] = whole;
                }
            }
        });
        return new Rollup(plan[0], goals, actions);
    }
}
