package org.minga.training.internal;

import java.time.LocalDate;
import java.util.List;

import org.minga.platform.AccessScope;
import org.minga.training.internal.TrainingViews.AssistanceRow;
import org.minga.training.internal.domain.AssistanceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Technical assistance in a scope, as rows; the order by priority is the service's (it holds the index). */
@Component
record AssistanceReadModel(JdbcClient jdbc) {

    /** The assistance of the scope, latest first, each with its territory's path (for the ranking). */
    List<Located> list(AccessScope scope) {
        return jdbc.sql("""
                select a.*, t.name as territory_name
                  from technical_assistance a join territory t on t.id = a.territory_id
                 where (:all or a.jurisdiction_id = :j) and a.territory_path like :p
                 order by a.held_on desc, a.id desc limit 500""").params(scope.filterParams())
                .query((rs, n) -> new Located(new AssistanceRow(rs.getLong("id"), rs.getLong("jurisdiction_id"),
                        rs.getString("territory_name"), null, AssistanceKind.valueOf(rs.getString("kind")),
                        rs.getString("topic"), rs.getObject("held_on", LocalDate.class), rs.getString("agreements"),
                        rs.getObject("follow_up_on", LocalDate.class), rs.getString("responsible")),
                        rs.getString("territory_path")))
                .list();
    }

    /** A row and the path of its territory, which the prioritisation ranks (itself or a territory above it). */
    record Located(AssistanceRow row, String territoryPath) {
    }

}
