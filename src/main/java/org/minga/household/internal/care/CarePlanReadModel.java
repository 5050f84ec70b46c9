package org.minga.household.internal.care;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.household.internal.care.CarePlanRecords.ActionView;
import org.minga.household.internal.care.CarePlanRecords.CarePlanView;
import org.minga.household.internal.care.CarePlanRecords.VisitView;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.AccessScope;
import org.minga.platform.CurrentUser;
import org.minga.platform.ForbiddenException;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Care plans, of a household or of a care setting, with their actions (by due date; an open one past its due date
 * on the jurisdiction's calendar is overdue) and visits (latest first): the hand-written SQL.
 */
@Component
public record CarePlanReadModel(JdbcClient jdbc, ScopeQueries access) {

    /** A plan whose household, or setting, the user reaches. */
    public CarePlanView plan(long id, CurrentUser user) {
        CarePlanView p = plan(id);
        if (p.householdId() != null) {
            access.household(p.householdId(), user);
        } else {
            String path = jdbc.sql("select territory_path from care_plan where id = :id").param("id", id)
                    .query(String.class).single();
            if (!ScopeQueries.inScope(access.scope(user), p.jurisdictionId(), path)) {
                throw new ForbiddenException("El plan de cuidado " + id + " está fuera de su alcance territorial.");
            }
        }
        return p;
    }

    /** The care plan an action (a need and what is done about it) belongs to. */
    public java.util.Optional<Long> planOfAction(long actionId) {
        return jdbc.sql("select care_plan_id from care_plan_action where id = :a").param("a", actionId)
                .query(Long.class).optional();
    }

    public CarePlanView plan(long id) {
        List<ActionView> actions = jdbc.sql("""
                select x.*, x.status in ('PENDIENTE', 'EN_CURSO')
                            and x.due_on < cast(now() at time zone j.time_zone as date) as overdue
                  from care_plan_action x join care_plan c on c.id = x.care_plan_id
                  join jurisdiction j on j.id = c.jurisdiction_id
                 where x.care_plan_id = :p order by x.due_on, x.id""")
                .param("p", id)
                .query((rs, n) -> new ActionView(rs.getLong("id"), rs.getString("need"), rs.getString("action"),
                        rs.getString("category"), !"GENERAL".equals(rs.getString("category")),
                        rs.getString("responsible_type"), rs.getString("responsible_name"),
                        rs.getObject("start_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getString("status"), rs.getBoolean("overdue"), rs.getInt("version")))
                .list();
        List<VisitView> visits = jdbc
                .sql("select * from care_plan_visit where care_plan_id = :p order by visited_on desc, id desc")
                .param("p", id)
                .query((rs, n) -> new VisitView(rs.getLong("id"), rs.getObject("visited_on", LocalDate.class),
                        rs.getString("notes"), rs.getObject("next_visit_on", LocalDate.class),
                        rs.getString("created_by")))
                .list();
        return jdbc.sql("""
                select c.*, h.code, s.name as setting_name, s.type as setting_type
                  from care_plan c left join household h on h.id = c.household_id
                  left join care_setting s on s.id = c.setting_id
                 where c.id = :id""")
                .param("id", id).query((rs, n) -> new CarePlanView(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                        rs.getObject("household_id", Long.class), rs.getString("code"),
                        rs.getObject("setting_id", Long.class), rs.getString("setting_name"),
                        rs.getString("setting_type"), rs.getString("status"),
                        rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class), actions,
                        visits, rs.getInt("version")))
                .optional()
                .orElseThrow(() -> new NotFoundException("El plan de cuidado " + id + " no existe."));
    }

    public PageResult<CarePlanView> plans(Long householdId, String status, CurrentUser user, PageRequest page) {
        return plans(householdId, null, status, user, page);
    }

    /** The plans in the user's reach, of one household or one setting when given. */
    public PageResult<CarePlanView> plans(Long householdId, Long settingId, String status, CurrentUser user,
            PageRequest page) {
        AccessScope scope = access.scope(user);
        String where = " where territory_path like :scope and (cast(:j as bigint) is null or jurisdiction_id = :j)"
                + " and (cast(:h as bigint) is null or household_id = :h) and (cast(:s as varchar) is null or status = :s)"
                + " and (cast(:set as bigint) is null or setting_id = :set)";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", scope.likePattern());
        params.put("j", scope.jurisdictionId());
        params.put("h", householdId);
        params.put("s", status);
        params.put("set", settingId);
        long total = jdbc.sql("select count(*) from care_plan" + where).params(params).query(Long.class).single();
        List<CarePlanView> items = jdbc
                .sql("select id from care_plan" + where + " order by opened_on desc, id desc limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset()).query(Long.class).list()
                .stream().map(this::plan).toList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }
}
