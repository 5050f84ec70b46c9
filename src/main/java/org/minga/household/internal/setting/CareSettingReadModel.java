package org.minga.household.internal.setting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.platform.AccessScope;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Care settings as people read them (territory by name, the active plan with its open and overdue actions) and the
 * figures of their plans by setting type and state, which name no setting and no person: the hand-written SQL.
 */
@Component
public record CareSettingReadModel(JdbcClient jdbc) {

    /** A setting; {@code activePlanId} is its plan being followed, if any. */
    public record SettingView(long id, long jurisdictionId, String code, String name, SettingType type,
            long territoryId, String territoryName, String territoryPath, String address, Long actorId,
            Long activePlanId, int openActions, int overdueActions, int version) {
    }

    /** The plans of one type of setting in one state, and the open actions past their due date among them. */
    public record PlanFigure(SettingType type, String status, long plans, long environmentalActions,
            long overdueActions) {
    }

    private static final String SELECT = """
            select s.*, t.name as territory_name, p.id as plan_id,
                   (select count(*) from care_plan_action x where x.care_plan_id = p.id
                       and x.status in ('PENDIENTE', 'EN_CURSO')) as open_actions,
                   (select count(*) from care_plan_action x where x.care_plan_id = p.id
                       and x.status in ('PENDIENTE', 'EN_CURSO')
                       and x.due_on < cast(now() at time zone j.time_zone as date)) as overdue_actions
              from care_setting s join territory t on t.id = s.territory_id
              join jurisdiction j on j.id = s.jurisdiction_id
              left join care_plan p on p.setting_id = s.id and p.status = 'ACTIVO'
            """;

    private static SettingView map(ResultSet rs, int n) throws SQLException {
        return new SettingView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getString("name"), SettingType.valueOf(rs.getString("type")), rs.getLong("territory_id"),
                rs.getString("territory_name"), rs.getString("territory_path"), rs.getString("address"),
                rs.getObject("actor_id", Long.class), rs.getObject("plan_id", Long.class), rs.getInt("open_actions"),
                rs.getInt("overdue_actions"), rs.getInt("version"));
    }

    public SettingView setting(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(CareSettingReadModel::map).optional()
                .orElseThrow(() -> new NotFoundException("El entorno " + id + " no existe."));
    }

    public boolean codeTaken(long jurisdictionId, String code) {
        return jdbc.sql(
                "select exists (select 1 from care_setting where jurisdiction_id = :j and lower(code) = lower(:c))")
                .param("j", jurisdictionId).param("c", code.strip()).query(Boolean.class).single();
    }

    /** The settings in the scope, of one type when given, by territory and name. */
    public PageResult<SettingView> settings(AccessScope scope, SettingType type, PageRequest page) {
        String where = " where s.territory_path like :scope and (cast(:j as bigint) is null or s.jurisdiction_id = :j)"
                + " and (cast(:type as varchar) is null or s.type = :type)";
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", scope.likePattern());
        params.put("j", scope.jurisdictionId());
        params.put("type", type == null ? null : type.name());
        long total = jdbc.sql("select count(*) from care_setting s" + where).params(params).query(Long.class)
                .single();
        List<SettingView> items = jdbc
                .sql(SELECT + where + " order by s.territory_path, s.name, s.id limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset()).query(CareSettingReadModel::map)
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The settings' care plans in the scope, counted by setting type and plan state: no names. */
    public List<PlanFigure> figures(AccessScope scope) {
        return jdbc.sql("""
                select s.type, c.status, count(distinct c.id) as plans,
                       count(x.id) filter (where x.category <> 'GENERAL') as environmental,
                       count(x.id) filter (where c.status = 'ACTIVO' and x.status in ('PENDIENTE', 'EN_CURSO')
                                             and x.due_on < cast(now() at time zone j.time_zone as date)) as overdue
                  from care_plan c join care_setting s on s.id = c.setting_id
                  join jurisdiction j on j.id = c.jurisdiction_id
                  left join care_plan_action x on x.care_plan_id = c.id
                 where c.territory_path like :scope and (cast(:j as bigint) is null or c.jurisdiction_id = :j)
                 group by s.type, c.status order by s.type, c.status""")
                .param("scope", scope.likePattern()).param("j", scope.jurisdictionId())
                .query((rs, n) -> new PlanFigure(SettingType.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }
}
