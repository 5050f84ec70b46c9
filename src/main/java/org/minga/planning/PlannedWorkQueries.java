package org.minga.planning;

import java.sql.Date;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs a {@link SqlPlannedWork}'s query: four columns, the work's id, title, date (or null) and detail. */
public record PlannedWorkQueries(JdbcClient jdbc) {

    public List<PlannedWork.WorkItem> run(String sql, long jurisdictionId) {
        return jdbc.sql(sql).param("j", jurisdictionId).query((rs, n) -> {
            Date on = rs.getDate(3);
            return new PlannedWork.WorkItem(rs.getLong(1), rs.getString(2), on == null ? null : on.toLocalDate(),
                    rs.getString(4));
        }).list();
    }
}
