package org.minga.planning.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minga.planning.internal.domain.NodeKind;
import org.minga.planning.internal.domain.PlanType;
import org.minga.planning.internal.domain.Sdg;
import org.minga.platform.AccessScope;
import org.minga.platform.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Plans, their trees and the ODS catalogue, as the pages and the API read them. */
@Component
public record PlanReadModel(JdbcClient jdbc, Labels labels) {

    public record PlanView(long id, long jurisdictionId, String code, String name, String type, String typeLabel,
            long territoryId, String territoryName, String territoryPath, LocalDate startsOn, LocalDate endsOn,
            String description, int version) {
    }

    public record NodeView(long id, long planId, Long parentId, String kind, String kindLabel, String code, String name,
            String responsibleUnit, BigDecimal budgetPlanned, BigDecimal budgetExecuted, List<String> sdgTargets,
            int version) {

        public Double executionPercent() {
            if (budgetPlanned == null || budgetExecuted == null || budgetPlanned.signum() == 0) {
                return null;
            }
            return Math.round(1000 * budgetExecuted.doubleValue() / budgetPlanned.doubleValue()) / 10.0;
        }
    }

    private static final String PLAN_SQL = "select p.*, t.name as tname from plan p join territory t on t.id = p.territory_id";

    List<PlanView> plans(AccessScope scope) {
        return jdbc.sql(PLAN_SQL + " where (:all or p.jurisdiction_id = :j) order by p.starts_on desc, p.name")
                .param("all", scope.allJurisdictions())
                .param("j", scope.jurisdictionId() == null ? 0 : scope.jurisdictionId()).query(this::planRow).list();
    }

    Optional<PlanView> plan(long id) {
        return jdbc.sql(PLAN_SQL + " where p.id = :id").param("id", id).query(this::planRow).optional();
    }

    boolean planCodeTaken(long jurisdictionId, String code) {
        return jdbc.sql("select count(*) from plan where jurisdiction_id = :j and code = :c").param("j", jurisdictionId)
                .param("c", code).query(Long.class).single() > 0;
    }

    List<NodeView> nodes(long planId) {
        Map<Long, List<String>> sdg = new LinkedHashMap<>();
        jdbc.sql("select s.node_id, s.target_code from plan_node_sdg s join plan_node n on n.id = s.node_id "
                + "where n.plan_id = :p order by 1, 2").param("p", planId)
                .query((rs, n) -> sdg.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return jdbc.sql("select * from plan_node where plan_id = :p order by position, id").param("p", planId)
                .query((rs, n) -> new NodeView(rs.getLong("id"), planId, (Long) rs.getObject("parent_id"),
                        rs.getString("kind"), labels.of(NodeKind.valueOf(rs.getString("kind"))), rs.getString("code"),
                        rs.getString("name"), rs.getString("responsible_unit"), rs.getBigDecimal("budget_planned"),
                        rs.getBigDecimal("budget_executed"), sdg.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getInt("version")))
                .list();
    }

    boolean nodeInPlan(long nodeId, long planId) {
        return jdbc.sql("select count(*) from plan_node where id = :id and plan_id = :p").param("id", nodeId)
                .param("p", planId).query(Long.class).single() > 0;
    }

    boolean nodeCodeTaken(long planId, String code) {
        return jdbc.sql("select count(*) from plan_node where plan_id = :p and code = :c").param("p", planId)
                .param("c", code).query(Long.class).single() > 0;
    }

    /** The position after the plan's last element. */
    int nextPosition(long planId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from plan_node where plan_id = :p").param("p", planId)
                .query(Integer.class).single();
    }

    /** The jurisdiction of the plan an element belongs to, if the element exists. */
    Optional<Long> nodeJurisdiction(long nodeId) {
        return jdbc.sql("select p.jurisdiction_id from plan_node n join plan p on p.id = n.plan_id where n.id = :n")
                .param("n", nodeId).query(Long.class).optional();
    }

    boolean sdgTargetExists(String code) {
        return jdbc.sql("select count(*) from sdg_target where code = :c").param("c", code).query(Long.class)
                .single() > 0;
    }

    /** The 17 goals with their targets, in the official order. */
    List<Sdg> sdgs() {
        Map<Integer, String> titles = new LinkedHashMap<>();
        Map<Integer, List<Sdg.Target>> targets = new LinkedHashMap<>();
        jdbc.sql("select t.code, t.goal_number, g.title, t.text from sdg_target t "
                + "join sdg_goal g on g.number = t.goal_number order by t.goal_number, length(t.code), t.code")
                .query(rs -> {
                    titles.put(rs.getInt(2), rs.getString(3));
                    targets.computeIfAbsent(rs.getInt(2), g -> new ArrayList<>())
                            .add(new Sdg.Target(rs.getString(1), rs.getString(4)));
                });
        return titles.entrySet().stream().map(g -> new Sdg(g.getKey(), g.getValue(), targets.get(g.getKey())))
                .toList();
    }

    /** The words of a kind of element in Spanish (the audit log's language). */
    String kindLabel(NodeKind kind) {
        return labels.spanish(kind);
    }

    private PlanView planRow(ResultSet rs, int n) throws SQLException {
        return new PlanView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("plan_type"), labels.of(PlanType.valueOf(rs.getString("plan_type"))),
                rs.getLong("territory_id"), rs.getString("tname"), rs.getString("territory_path"),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                rs.getString("description"), rs.getInt("version"));
    }
}
