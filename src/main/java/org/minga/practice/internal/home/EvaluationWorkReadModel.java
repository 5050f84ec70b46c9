package org.minga.practice.internal.home;

import org.minga.platform.Capability;
import org.minga.platform.Times;
import org.minga.platform.WorkArea;
import org.minga.platform.WorkPanel;
import org.minga.platform.WorkPanel.Counted;
import org.minga.platform.WorkPanel.WorkItem;
import org.minga.platform.WorkPanel.WorkList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An evaluator's home: the good practices assigned to them and not yet evaluated, oldest assignment first. */
@Configuration(proxyBeanMethods = false)
class EvaluationWorkReadModel {

    private static final int SHOWN = 5;

    @Bean
    WorkPanel evaluationAssignmentsPanel(JdbcClient jdbc, Times times) {
        return WorkPanel.of(WorkArea.EVALUATION, Capability.EVALUATE_PRACTICES, 10, user -> WorkList.of(
                "Prácticas por evaluar", "/practices/evaluations",
                jdbc.sql("select a.id, a.status, a.assigned_at, e.jurisdiction_id, p.title, count(*) over () as total"
                        + " from practice_assignment a join practice_evaluator e on e.id = a.evaluator_id"
                        + " join practice p on p.id = a.practice_id"
                        + " where e.username = :u and a.status in ('ASIGNADA', 'SIN_CONFLICTO')"
                        + " order by a.assigned_at, a.id limit " + SHOWN)
                        .param("u", user.username())
                        .query((rs, n) -> Counted.of(rs, new WorkItem(rs.getString("title"),
                                ("ASIGNADA".equals(rs.getString("status")) ? "Por declarar conflicto de interés"
                                        : "Por calificar")
                                        + " · asignada el "
                                        + Times.DATE.format(rs.getTimestamp("assigned_at").toInstant()
                                                .atZone(times.zoneOf(rs.getLong("jurisdiction_id")))),
                                null, "/practices/evaluations/" + rs.getLong("id"))))
                        .list(),
                "No tiene prácticas asignadas pendientes."));
    }
}
