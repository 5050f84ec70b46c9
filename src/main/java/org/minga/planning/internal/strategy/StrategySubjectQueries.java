package org.minga.planning.internal.strategy;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where planning's own classified records lie: a plan's goal, an action plan's action (both by their plan). */
@Component
record StrategySubjectQueries(JdbcClient jdbc) {

    /** A goal or action: its plan's jurisdiction, territory path, its code and name, and its page. */
    record Located(long jurisdictionId, String territoryPath, String title, String url) {
    }

    Optional<Located> goal(long id) {
        return jdbc.sql("""
                select p.jurisdiction_id, p.territory_path, n.code || ' · ' || n.name as title, p.id as plan_id
                from plan_node n join plan p on p.id = n.plan_id where n.id = :id and n.kind = 'GOAL'""")
                .param("id", id).query((rs, i) -> new Located(rs.getLong("jurisdiction_id"),
                        rs.getString("territory_path"), rs.getString("title"),
                        "/planning/plans/" + rs.getLong("plan_id")))
                .optional();
    }

    Optional<Located> action(long id) {
        return jdbc.sql("""
                select p.jurisdiction_id, p.territory_path, a.code || ' · ' || a.name as title, ap.id as ap_id
                from plan_action a join action_plan ap on ap.id = a.action_plan_id join plan p on p.id = ap.plan_id
                where a.id = :id""")
                .param("id", id).query((rs, i) -> new Located(rs.getLong("jurisdiction_id"),
                        rs.getString("territory_path"), rs.getString("title"),
                        "/planning/action-plans/" + rs.getLong("ap_id")))
                .optional();
    }
}
