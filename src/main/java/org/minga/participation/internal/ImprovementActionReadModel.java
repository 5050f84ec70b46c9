package org.minga.participation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.participation.internal.domain.ImprovementActionStatus;
import org.minga.platform.CurrentUser;
import org.minga.platform.Labels;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Improvement actions as pages read them: one with its contributions, lists by status and overdue. */
@Component
record ImprovementActionReadModel(JdbcClient jdbc, Scopes scopes, Labels labels) {

    record ActionView(long id, long jurisdictionId, String title, String description, String owner, LocalDate dueOn,
            String status, LocalDate doneOn, String result, long territoryId, String territoryName,
            long contributions, boolean overdue, int version) {
    }

    private static final String TODAY = "(select (now() at time zone jz.time_zone)::date from jurisdiction jz"
            + " where jz.id = a.jurisdiction_id)";

    private static final String SELECT = "select a.*, t.name as territory_name,"
            + " (select count(*) from contribution c where c.action_id = a.id) as contributions, " + TODAY
            + " as today from improvement_action a join territory t on t.id = a.territory_id";

    ActionView action(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(ImprovementActionReadModel::row)
                .optional().orElseThrow(() -> new NotFoundException("La acción de mejora " + id + " no existe."));
    }

    /** The action, when the user's scope covers it. */
    ActionView get(long id, CurrentUser user) {
        ActionView a = action(id);
        scopes.requireVisible(a.jurisdictionId(), scopes.territory(a.territoryId()).path(), user,
                "La acción de mejora " + id);
        return a;
    }

    private static ActionView row(ResultSet rs, int n) throws SQLException {
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        String status = rs.getString("status");
        boolean open = status.equals("PLANNED") || status.equals("IN_PROGRESS");
        return new ActionView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("title"),
                rs.getString("description"), rs.getString("owner"), due, status,
                rs.getObject("done_on", LocalDate.class), rs.getString("result"), rs.getLong("territory_id"),
                rs.getString("territory_name"), rs.getLong("contributions"),
                open && due.isBefore(rs.getObject("today", LocalDate.class)), rs.getInt("version"));
    }

    PageResult<ActionView> actions(String status, Boolean overdue, CurrentUser user, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder w = new StringBuilder(scopes.where("a", user, params));
        ImprovementActionStatus st = Codes.filter(labels, ImprovementActionStatus.class, status, "status",
                "El estado");
        Sql.and(w, params, "a.status = :st", "st", st == null ? null : st.name());
        if (Boolean.TRUE.equals(overdue)) {
            w.append(" and a.status in ('PLANNED', 'IN_PROGRESS') and a.due_on < ").append(TODAY);
        }
        long total = jdbc.sql("select count(*) from improvement_action a" + w).params(params).query(Long.class)
                .single();
        List<ActionView> items = jdbc
                .sql(SELECT + w + " order by a.status = 'DONE', a.due_on, a.id limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset())
                .query(ImprovementActionReadModel::row).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }
}
