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

import org.minga.planning.internal.domain.ActionPlanKind;
import org.minga.planning.internal.domain.PlanActionStatus;
import org.minga.planning.internal.domain.ResourceKind;
import org.minga.platform.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Action plans, their actions with responsibles, territories, resources and links, and the funding catalogue. */
@Component
public record ActionPlanReadModel(JdbcClient jdbc, Labels labels) {

    public record ActionPlanView(long id, long jurisdictionId, long planId, String planName, String code, String name,
            String kind, String kindLabel, String currency, String description, int actions) {
    }

    public record PlanActionView(long id, long actionPlanId, long goalId, String goalCode, String goalName, String code,
            String name, List<String> responsibles, String coordinationStrategy, LocalDate startsOn,
            LocalDate endsOn, String status, String statusLabel, List<String> territories,
            List<ResourceView> resources, List<LinkRow> links, int version, List<EntityRef> responsibleEntities) {
    }

    /** A responsible entity: its name and, when it is one of the jurisdiction's actors, the actor's id. */
    public record EntityRef(String name, Long actorId) {
    }

    public record ResourceView(int index, String entity, String investmentLine, String sourceCode, String sourceName,
            String kind, String kindLabel, String description, BigDecimal planned, BigDecimal committed,
            BigDecimal executed, Long actorId) {
    }

    public record LinkRow(String kind, long workId) {
    }

    public record FundingSourceView(long id, String code, String name) {
    }

    public record GoalChoice(long id, String code, String name) {
    }

    private static final String AP_SQL = """
            select a.*, p.name as plan_name, (select count(*) from plan_action x where x.action_plan_id = a.id) as n
            from action_plan a join plan p on p.id = a.plan_id""";

    List<ActionPlanView> ofPlan(long planId) {
        return jdbc.sql(AP_SQL + " where a.plan_id = :p order by a.code").param("p", planId).query(this::planRow)
                .list();
    }

    Optional<ActionPlanView> actionPlan(long id) {
        return jdbc.sql(AP_SQL + " where a.id = :id").param("id", id).query(this::planRow).optional();
    }

    boolean codeTaken(long jurisdictionId, String code) {
        return jdbc.sql("select count(*) from action_plan where jurisdiction_id = :j and code = :c")
                .param("j", jurisdictionId).param("c", code).query(Long.class).single() > 0;
    }

    boolean actionCodeTaken(long actionPlanId, String code) {
        return jdbc.sql("select count(*) from plan_action where action_plan_id = :a and code = :c")
                .param("a", actionPlanId).param("c", code).query(Long.class).single() > 0;
    }

    /** The goals of a plan, in the tree's order: where actions hang. */
    List<GoalChoice> goals(long planId) {
        return jdbc
                .sql("select id, code, name from plan_node where plan_id = :p and kind = 'GOAL' order by position, id")
                .param("p", planId).query((rs, n) -> new GoalChoice(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The action plan an action belongs to. */
    Optional<Long> actionPlanOf(long actionId) {
        return jdbc.sql("select action_plan_id from plan_action where id = :id").param("id", actionId)
                .query(Long.class).optional();
    }

    List<FundingSourceView> fundingSources(long jurisdictionId) {
        return jdbc.sql("select id, code, name from funding_source where jurisdiction_id = :j order by position, code")
                .param("j", jurisdictionId)
                .query((rs, n) -> new FundingSourceView(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    int nextSourcePosition(long jurisdictionId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from funding_source where jurisdiction_id = :j")
                .param("j", jurisdictionId).query(Integer.class).single();
    }

    /** The actions of an action plan with everything under them, by goal then code. */
    List<PlanActionView> actions(long actionPlanId) {
        Map<Long, List<EntityRef>> responsibles = new LinkedHashMap<>();
        jdbc.sql("""
                select r.plan_action_id, r.entity, r.actor_id from plan_action_responsible r
                join plan_action a on a.id = r.plan_action_id where a.action_plan_id = :a order by 1, r.position""")
                .param("a", actionPlanId).query(rs -> {
                    responsibles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new EntityRef(rs.getString(2), rs.getObject(3, Long.class)));
                });
        Map<Long, List<String>> territories = grouped(
                """
                        select x.plan_action_id, t.name from plan_action_territory x join plan_action a on a.id = x.plan_action_id
                        join territory t on t.id = x.territory_id where a.action_plan_id = :a order by 1, t.name""",
                actionPlanId);
        Map<Long, List<ResourceView>> resources = new LinkedHashMap<>();
        jdbc.sql("""
                select r.*, s.code as source_code, s.name as source_name from plan_action_resource r
                join plan_action a on a.id = r.plan_action_id join funding_source s on s.id = r.funding_source_id
                where a.action_plan_id = :a order by r.plan_action_id, r.position""").param("a", actionPlanId)
                .query(rs -> {
                    resources.computeIfAbsent(rs.getLong("plan_action_id"), k -> new ArrayList<>())
                            .add(resourceRow(rs));
                });
        Map<Long, List<LinkRow>> links = new LinkedHashMap<>();
        jdbc.sql("""
                select l.plan_action_id, l.work_kind, l.work_id from plan_action_link l
                join plan_action a on a.id = l.plan_action_id where a.action_plan_id = :a order by 1, l.linked_at""")
                .param("a", actionPlanId).query(rs -> {
                    links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new LinkRow(rs.getString(2), rs.getLong(3)));
                });
        return jdbc.sql("""
                select a.*, g.code as goal_code, g.name as goal_name from plan_action a
                join plan_node g on g.id = a.goal_id where a.action_plan_id = :a order by g.position, g.id, a.code""")
                .param("a", actionPlanId).query((rs, n) -> {
                    long id = rs.getLong("id");
                    PlanActionStatus status = PlanActionStatus.valueOf(rs.getString("status"));
                    return new PlanActionView(id, actionPlanId, rs.getLong("goal_id"), rs.getString("goal_code"),
                            rs.getString("goal_name"), rs.getString("code"), rs.getString("name"),
                            responsibles.getOrDefault(id, List.of()).stream().map(EntityRef::name).toList(),
                            rs.getString("coordination_strategy"),
                            rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                            status.name(), labels.of(status), territories.getOrDefault(id, List.of()),
                            resources.getOrDefault(id, List.of()), links.getOrDefault(id, List.of()),
                            rs.getInt("version"), responsibles.getOrDefault(id, List.of()));
                }).list();
    }

    /** The actions a work serves, with their plans' names and the currency of their amounts. */
    List<Served> servedBy(String workKind, long workId) {
        return served("a.id in (select plan_action_id from plan_action_link where work_kind = :k and work_id = :w)",
                Map.of("k", workKind, "w", workId));
    }

    /** {@link #servedBy} for several works of one kind: each work's id to the actions it serves. */
    Map<Long, List<Served>> servedByEach(String workKind, java.util.Collection<Long> workIds) {
        Map<Long, List<Served>> out = new LinkedHashMap<>();
        if (workIds.isEmpty()) {
            return out;
        }
        jdbc.sql(SERVED + """
                , l.work_id from plan_action_link l join plan_action a on a.id = l.plan_action_id
                join action_plan ap on ap.id = a.action_plan_id join plan p on p.id = ap.plan_id
                where l.work_kind = :k and l.work_id in (:w) order by ap.name, a.code""")
                .param("k", workKind).param("w", workIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(10), k -> new ArrayList<>()).add(servedRow(rs));
                });
        return out;
    }

    /** The actions an actor is responsible for or puts resources in. */
    List<Served> ofEntity(long actorId) {
        return served("a.id in (select plan_action_id from plan_action_responsible where actor_id = :e "
                + "union select plan_action_id from plan_action_resource where actor_id = :e)", Map.of("e", actorId));
    }

    /** The columns of a {@link Served}, in its order, over {@code a} (the action), {@code ap} and {@code p}. */
    private static final String SERVED = """
            select a.id, a.code, a.name, ap.id, ap.name, p.name, a.currency,
                   (select coalesce(sum(r.planned), 0) from plan_action_resource r where r.plan_action_id = a.id),
                   (select coalesce(sum(r.executed), 0) from plan_action_resource r where r.plan_action_id = a.id)
            """;

    private List<Served> served(String where, Map<String, Object> params) {
        return jdbc.sql(SERVED + """
                from plan_action a join action_plan ap on ap.id = a.action_plan_id join plan p on p.id = ap.plan_id
                where\s""" + where + " order by ap.name, a.code").params(params)
                .query((rs, n) -> servedRow(rs))
                .list();
    }

    private static Served servedRow(ResultSet rs) throws SQLException {
        return new Served(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9));
    }

    record Served(long actionId, String code, String name, long actionPlanId, String actionPlanName,
            String planName, String currency, BigDecimal planned, BigDecimal executed) {
    }

    private Map<Long, List<String>> grouped(String sql, long actionPlanId) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        jdbc.sql(sql).param("a", actionPlanId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return out;
    }

    private ResourceView resourceRow(ResultSet rs) throws SQLException {
        ResourceKind kind = ResourceKind.valueOf(rs.getString("kind"));
        return new ResourceView(rs.getInt("position"), rs.getString("entity"), rs.getString("investment_line"),
                rs.getString("source_code"), rs.getString("source_name"), kind.name(), labels.of(kind),
                rs.getString("description"), rs.getBigDecimal("planned"), rs.getBigDecimal("committed"),
                rs.getBigDecimal("executed"), rs.getObject("actor_id", Long.class));
    }

    private ActionPlanView planRow(ResultSet rs, int n) throws SQLException {
        ActionPlanKind kind = ActionPlanKind.valueOf(rs.getString("kind"));
        return new ActionPlanView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getLong("plan_id"),
                rs.getString("plan_name"), rs.getString("code"), rs.getString("name"), kind.name(), labels.of(kind),
                rs.getString("currency"), rs.getString("description"), rs.getInt("n"));
    }
}
