package org.minga.household.internal.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.household.internal.alert.AlertRecords.AlertView;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.Times;
import org.minga.platform.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Alerts as lists and pages show them, open and most severe first: the hand-written SQL. */
@Component
public record AlertReadModel(JdbcClient jdbc, ScopeQueries access) {

    static final String SELECT = """
            select a.*, r.name as rule_name, h.code as household_code, ft.name as team_name from alert a
            join alert_rule r on r.id = a.rule_id join household h on h.id = a.household_id
            left join field_team ft on ft.id = a.field_team_id""";

    static AlertView view(ResultSet rs, int n) throws SQLException {
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        String status = rs.getString("status");
        return new AlertView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getLong("rule_id"),
                rs.getString("rule_name"),
                rs.getLong("household_id"), rs.getString("household_code"), (Long) rs.getObject("person_id"),
                rs.getString("severity"), (Long) rs.getObject("field_team_id"), rs.getString("team_name"), status,
                rs.getString("detail"), due, rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getString("closing_note"),
                !"CERRADA".equals(status) && Times.todayIn(rs.getLong("jurisdiction_id")).isAfter(due),
                rs.getInt("version"));
    }

    public PageResult<AlertView> alerts(Long jurisdictionId, String status, String severity, Long householdId,
            Long teamId,
            CurrentUser user, PageRequest page) {
        AccessScope scope = access.scope(user);
        StringBuilder where = new StringBuilder(" where a.territory_path like :scope");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", scope.likePattern());
        Long j = scope.jurisdictionId() != null ? scope.jurisdictionId() : jurisdictionId;
        filter(where, params, "a.jurisdiction_id = :j", "j", j);
        filter(where, params, "a.status = :st", "st", status == null || status.isBlank() ? null : status);
        filter(where, params, "a.severity = :sev", "sev", severity == null || severity.isBlank() ? null : severity);
        filter(where, params, "a.household_id = :h", "h", householdId);
        filter(where, params, "a.field_team_id = :t", "t", teamId);
        long total = jdbc.sql("select count(*) from alert a" + where).params(params).query(Long.class).single();
        List<AlertView> items = jdbc
                .sql(SELECT + where + " "
                        + """
                                order by case a.status when 'ABIERTA' then 0 when 'EN_GESTION' then 1 else 2 end,
                                  case a.severity when 'CRITICA' then 0 when 'ALTA' then 1 when 'MEDIA' then 2 else 3 end, a.due_on, a.id
                                limit :l offset :o""")
                .params(params).param("l", page.size()).param("o", page.offset()).query(AlertReadModel::view).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String condition, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }
    }

    /** The alerts of a household the user reaches (its page shows up to 100). */
    public List<AlertView> ofHousehold(long householdId, CurrentUser user) {
        return alerts(null, null, null, householdId, null, user, PageRequest.of(0, 100)).items();
    }

    public AlertView alert(long id, CurrentUser user) {
        AlertView a = jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(AlertReadModel::view).optional()
                .orElseThrow(() -> new NotFoundException("La alerta " + id + " no existe."));
        access.household(a.householdId(), user);
        return a;
    }
}
