package org.minga.household.internal.care;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.household.internal.care.CarePlanRecords.ActionView;
import org.minga.household.internal.care.CarePlanRecords.CarePlanView;
import org.minga.household.internal.care.CarePlanRecords.VisitView;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Care plans with their actions (by due date) and visits (latest first): the hand-written SQL. */
@Component
public record CarePlanReadModel(JdbcClient jdbc, ScopeQueries access) {

    /** A plan of a household the user reaches. */
    public CarePlanView plan(long id, CurrentUser user) {
        CarePlanView p = plan(id);
        access.household(p.householdId(), user);
        return p;
    }

    /** The care plan an action (a need and what is done about it) belongs to. */
    public java.util.Optional<Long> planOfAction(long actionId) {
        return jdbc.sql("select care_plan_id from care_plan_action where id = :a").param("a", actionId)
                .query(Long.class).optional();
    }

    public CarePlanView plan(long id) {
        List<ActionView> actions = jdbc
                .sql("select * from care_plan_action where care_plan_id = :p order by due_on, id")
                .param("p", id)
                .query((rs, n) -> new ActionView(rs.getLong("id"), rs.getString("need"), rs.getString("action"),
                        rs.getString("responsible_type"), rs.getString("responsible_name"),
                        rs.getObject("start_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getString("status"), rs.getInt("version")))
                .list();
        List<VisitView> visits = jdbc
                .sql("select * from care_plan_visit where care_plan_id = :p order by visited_on desc, id desc")
                .param("p", id)
                .query((rs, n) -> new VisitView(rs.getLong("id"), rs.getObject("visited_on", LocalDate.class),
                        rs.getString("notes"), rs.getObject("next_visit_on", LocalDate.class),
                        rs.getString("created_by")))
                .list();
        return jdbc
                .sql("select c.*, h.code from care_plan c join household h on h.id = c.household_id where c.id = :id")
                .param("id", id).query((rs, n) -> new CarePlanView(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                        rs.getLong("household_id"), rs.getString("code"), rs.getString("status"),
                        rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class), actions,
                        visits,
                        rs.getInt("version")))
                .optional()
                .orElseThrow(() -> new NotFoundException("El plan de cuidado " + id + " no existe."));
    }

    public PageResult<CarePlanView> plans(Long householdId, String status, CurrentUser user, PageRequest page) {
        AccessScope scope = access.scope(user);
        String where = " where territory_path like :scope and (cast(:j as bigint) is null or jurisdiction_id = :j)"
                + " and (cast(:h as bigint) is null or household_id = :h) and (cast(:s as varchar) is null or status = :s)";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", scope.likePattern());
        params.put("j", scope.jurisdictionId());
        params.put("h", householdId);
        params.put("s", status);
        long total = jdbc.sql("select count(*) from care_plan" + where).params(params).query(Long.class).single();
        List<CarePlanView> items = jdbc
                .sql("select id from care_plan" + where + " order by opened_on desc, id desc limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset()).query(Long.class).list()
                .stream().map(this::plan).toList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }
}
